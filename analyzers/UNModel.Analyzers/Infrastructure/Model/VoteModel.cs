using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure.Domain;
using UNModel.Analyzers.Infrastructure.Flow;
using UNModel.Core;

namespace UNModel.Analyzers.Infrastructure.Model
{
    /// <summary>
    /// A vote as far as it is knowable at compile time: the facts the shared checks read (<see cref="VoteFacts"/>) and
    /// where each part is written, so that each violation is reported at its subject.
    /// </summary>
    internal sealed class VoteModel
    {
        [MethodImpl(JitOnce.Options)]
        public VoteModel(IInvocationOperation entry)
        {
            Entry = entry;
        }

        /// <summary>The invocation the vote was read from (<c>RollCall</c>, <c>FromTally</c>, or the last call of a builder chain).</summary>
        public IInvocationOperation Entry { get; }

        public VoteFacts Facts { get; } = new VoteFacts();

        /// <summary>A statement on a builder kept in a local: one part of the vote, not the chain that holds its body and date.</summary>
        public bool IsPartial { get; set; }

        /// <summary>A builder read whole to its <c>Build()</c> without an <c>On(proposal)</c>: <c>Build()</c> throws UNM0016 there.</summary>
        public bool WithoutProposal { get; set; }

        public Place QuestionPlace { get; set; }

        public Place DatePlace { get; set; }

        public Place BallotsPlace { get; set; }

        public Place TallyPlace { get; set; }

        public Place PermanentNoPlace { get; set; }

        public Place DeclaredPlace { get; set; }

        /// <summary>Whether the declared outcome is written in place (the code fix can rewrite it), not through a local.</summary>
        public bool DeclaredInPlace { get; set; }

        public Place DeclaredEffectPlace { get; set; }

        /// <summary>The ballots read, in the order of <see cref="VoteFacts.Ballots"/>.</summary>
        public List<BallotRead> Ballots { get; } = new List<BallotRead>();

        /// <summary>The places of <see cref="VoteFacts.PermanentNo"/>, in order.</summary>
        public List<Place> PermanentNoPlaces { get; } = new List<Place>();

        /// <summary>The places of the declared vetoes, in order.</summary>
        public List<Place> DeclaredVetoPlaces { get; } = new List<Place>();

        /// <summary>Where a violation is reported: at its subject, or at the entry when its subject is not written.</summary>
        [MethodImpl(JitOnce.Options)]
        public Location LocationOf(Violation violation)
        {
            Place place = violation.Subject switch
            {
                Subject.Question => QuestionPlace,
                Subject.Date => DatePlace,
                Subject.Ballot when violation.Index < Ballots.Count => violation.Kind is ViolationKind.VetoByNonPermanent or ViolationKind.VetoOnProcedural
                    ? Ballots[violation.Index].CallPlace
                    : Place.Of(Ballots[violation.Index].StateSyntax),
                Subject.Ballots => BallotsPlace,
                Subject.Tally => TallyPlace,
                Subject.PermanentNo when violation.Index < PermanentNoPlaces.Count => PermanentNoPlaces[violation.Index],
                Subject.PermanentNoList => PermanentNoPlace,
                Subject.DeclaredEffect => DeclaredEffectPlace,
                Subject.Declared => DeclaredPlace,
                Subject.DeclaredVeto when violation.Index < DeclaredVetoPlaces.Count => DeclaredVetoPlaces[violation.Index],
                _ => default,
            };
            return place.ToLocation() ?? ConstantFlow.NameToEnd(Entry);
        }
    }
}
