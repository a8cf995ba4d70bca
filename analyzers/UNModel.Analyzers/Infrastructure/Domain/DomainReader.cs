using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure.Flow;
using UNModel.Core;

namespace UNModel.Analyzers.Infrastructure.Domain
{
    /// <summary>One ballot as read from code: its facts, and where its voter and its call are written.</summary>
    internal readonly struct BallotRead
    {
        [MethodImpl(JitOnce.Options)]
        public BallotRead(BallotFacts facts, SyntaxNode stateSyntax, IInvocationOperation? call)
        {
            Facts = facts;
            StateSyntax = stateSyntax;
            Call = call;
        }

        public BallotFacts Facts { get; }

        /// <summary>Where the voter is written.</summary>
        public SyntaxNode StateSyntax { get; }

        /// <summary>The <c>Ballot.X(...)</c> or builder <c>Veto(...)</c> call, when there is one.</summary>
        public IInvocationOperation? Call { get; }

        /// <summary>Where a veto is written: <c>Veto(MemberStates.Slovenia)</c>.</summary>
        public Place CallPlace => Call is null ? Place.Of(StateSyntax) : Place.NameToEnd(Call);
    }

    /// <summary>A declared outcome as read from code, with the place of each state it says vetoed.</summary>
    internal sealed class DeclaredRead
    {
        [MethodImpl(JitOnce.Options)]
        public DeclaredRead(DeclaredFacts facts)
        {
            Facts = facts;
        }

        public DeclaredFacts Facts { get; }

        public List<Place> VetoedByPlaces { get; } = new List<Place>();
    }

    /// <summary>A proposal as read from code, with its <c>WithDeclaredEffect</c> call.</summary>
    internal sealed class ProposalRead
    {
        [MethodImpl(JitOnce.Options)]
        public ProposalRead(ProposalFacts facts, IInvocationOperation? declaredEffectCall)
        {
            Facts = facts;
            DeclaredEffectCall = declaredEffectCall;
        }

        public ProposalFacts Facts { get; }

        public IInvocationOperation? DeclaredEffectCall { get; }
    }

    /// <summary>A date read from a <c>new DateOnly(...)</c>: its creation, and the date as <c>yyyymmdd</c> (0 when not knowable).</summary>
    internal sealed class DateRead
    {
        public DateRead(IObjectCreationOperation creation, int day)
        {
            Creation = creation;
            Day = day;
        }

        public IObjectCreationOperation Creation { get; }

        public int Day { get; }
    }

    /// <summary>The text of a document symbol and its canonical form (null when neither grammar accepts the text).</summary>
    internal sealed class SymbolTextRead
    {
        public SymbolTextRead(string text, string? canonical)
        {
            Text = text;
            Canonical = canonical;
        }

        public string Text { get; }

        public string? Canonical { get; }
    }

    /// <summary>
    /// Reads UNModel's values from code: bodies, states, codes, dates, ballots, tallies, declared outcomes and proposals,
    /// as far as <see cref="ConstantFlow"/> can see them. One instance per compilation.
    /// </summary>
    internal sealed class DomainReader
    {
        /// <summary>
        /// The state of each static property read as a state so far, null for any but the catalogue's (the catalogue's few
        /// hundred and the code's own, symbols the compilation holds anyway). Read without a lock: each vote reads its states.
        /// </summary>
        /// <remarks>
        /// Keyed by the symbol object: a compilation hands out one object per property, so this finds what the symbol
        /// comparer would, without hashing the symbol's declaration.
        /// </remarks>
        private readonly IdentityMap<IPropertySymbol, StateRecord?> states = new IdentityMap<IPropertySymbol, StateRecord?>();

        private static readonly Func<DateRead, IObjectCreationOperation, bool> DateOfCreation = static (read, creation) => read.Creation == creation;

        /// <summary>The dates read last (see <see cref="TryGetDate"/>).</summary>
        private readonly RecentSlots<DateRead> dates = new RecentSlots<DateRead>();

        private static readonly Func<SymbolTextRead, string, bool> OfText = static (read, text) => ReferenceEquals(read.Text, text);

        /// <summary>The document symbols' texts parsed last (see <see cref="CanonicalSymbol"/>).</summary>
        private readonly RecentSlots<SymbolTextRead> symbolTexts = new RecentSlots<SymbolTextRead>();

        public DomainReader(ConstantFlow flow, UNModelSymbols symbols)
        {
            Flow = flow;
            Symbols = symbols;
        }

        public ConstantFlow Flow { get; }

        public UNModelSymbols Symbols { get; }

        /// <summary>The ballot method's choice: <c>Yes</c>, <c>No</c>, <c>Abstain</c>, <c>Absent</c>, and <c>Veto</c> (a "no").</summary>
        [MethodImpl(JitOnce.Options)]
        public static BallotChoice? ChoiceOf(string methodName)
        {
            switch (methodName)
            {
                case KnownMembers.Yes: return BallotChoice.Yes;
                case KnownMembers.No: return BallotChoice.No;
                case KnownMembers.Veto: return BallotChoice.No;
                case KnownMembers.Abstain: return BallotChoice.Abstain;
                case KnownMembers.Absent: return BallotChoice.Absent;
                default: return null;
            }
        }

        /// <summary>A <c>new DateOnly(y, m, d)</c> with constant, valid parts, as <c>yyyymmdd</c>.</summary>
        [MethodImpl(JitOnce.Options)]
        public bool TryGetDate(IOperation operation, out int day)
        {
            day = 0;
            IOperation op = Flow.Resolve(operation);
            if (op is not IObjectCreationOperation creation)
            {
                return false;
            }

            // The votes of a file mostly share one date, a static readonly field: its creation is read once while in use.
            DateRead read = dates.Find(creation, creation, DateOfCreation) ?? dates.Keep(new DateRead(creation, ReadDate(creation)), creation, creation, DateOfCreation);
            day = read.Day;
            return day != 0;
        }

        [MethodImpl(JitOnce.Options)]
        private int ReadDate(IObjectCreationOperation creation)
        {
            if (!UNModelSymbols.IsDateOnly(creation.Type) || creation.Arguments.Length != 3)
            {
                return 0;
            }

            if (!Flow.TryGetInt(creation.Arguments[0].Value, out int year) || !Flow.TryGetInt(creation.Arguments[1].Value, out int month) || !Flow.TryGetInt(creation.Arguments[2].Value, out int dayOfMonth))
            {
                return 0;
            }

            if (year < 1 || year > 9999 || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
            {
                return 0;
            }

            return CharterFacts.ToDay(year, month, dayOfMonth);
        }

        /// <summary>One of the <c>Body</c> singletons (<c>Body.SecurityCouncil</c>…) or <c>Body.Of(BodyKind.X)</c>.</summary>
        [MethodImpl(JitOnce.Options)]
        public bool TryGetBody(IOperation operation, out BodyKind body)
        {
            body = default;

            // Body.SecurityCouncil as written needs no following.
            IOperation op = ConstantFlow.Unwrap(operation);
            if (!(op is IPropertyReferenceOperation { Instance: null } written && ReferenceEquals(written.Property.ContainingType, Symbols.Body)))
            {
                op = Flow.Resolve(op);
            }

            if (op is IPropertyReferenceOperation { Instance: null } property && UNModelSymbols.Same(property.Property.ContainingType, Symbols.Body))
            {
                switch (property.Property.Name)
                {
                    case "GeneralAssembly": body = BodyKind.GeneralAssembly; return true;
                    case "SecurityCouncil": body = BodyKind.SecurityCouncil; return true;
                    case "EconomicAndSocialCouncil": body = BodyKind.EconomicAndSocialCouncil; return true;
                    case "HumanRightsCouncil": body = BodyKind.HumanRightsCouncil; return true;
                    default: return false;
                }
            }

            if (op is IInvocationOperation invocation && UNModelSymbols.Is(invocation.TargetMethod, Symbols.Body, KnownMembers.Of) && invocation.Arguments.Length == 1
                && Flow.TryGetEnum(invocation.Arguments[0].Value, Symbols.BodyKind, out int kind) && kind >= 1 && kind <= 4)
            {
                body = (BodyKind)kind;
                return true;
            }

            return false;
        }

        /// <summary>A state of the catalogue: <c>MemberStates.Slovenia</c>, <c>ObserverStates.HolySee</c>, <c>MemberStates.Get(CountryCode.From("SVN"))</c>.</summary>
        [MethodImpl(JitOnce.Options)]
        public StateRecord? TryGetState(IOperation operation)
        {
            // Most states are written as a catalogue property (MemberStates.Slovenia), which nothing needs to follow.
            IOperation op = ConstantFlow.Unwrap(operation);
            if (op is IPropertyReferenceOperation { Instance: null } written && StateOf(written.Property) is { } catalogued)
            {
                return catalogued;
            }

            op = Flow.Resolve(op);
            if (op.Kind == OperationKind.PropertyReference && op is IPropertyReferenceOperation { Instance: null } property)
            {
                return StateOf(property.Property);
            }

            if (op.Kind == OperationKind.Invocation && op is IInvocationOperation invocation && UNModelSymbols.Is(invocation.TargetMethod, Symbols.MemberStates, KnownMembers.Get) && invocation.Arguments.Length == 1)
            {
                int packed = TryGetCode(invocation.Arguments[0].Value);
                StateRecord? record = packed == 0 ? null : CharterFacts.Data.Find(packed);
                return record is not null && !record.IsObserver ? record : null;
            }

            return null;
        }

        /// <summary>The state a <c>MemberStates</c> or <c>ObserverStates</c> property stands for; null for any other property. Looked up once per property.</summary>
        [MethodImpl(JitOnce.Options)]
        private StateRecord? StateOf(IPropertySymbol property)
        {
            if (states.TryGetValue(property, out StateRecord? known))
            {
                return known;
            }

            StateRecord? record = null;
            bool member = UNModelSymbols.Same(property.ContainingType, Symbols.MemberStates);
            if (member || UNModelSymbols.Same(property.ContainingType, Symbols.ObserverStates))
            {
                StateRecord? found = CharterFacts.Data.FindByIdentifier(property.Name);
                record = found is not null && found.IsObserver != member ? CharterFacts.Data.Find(found.Packed) : null;
            }

            return states.GetOrAdd(property, record);
        }

        /// <summary>A country code (<c>CountryCode.From("SVN")</c>, <c>MemberStates.Slovenia.Code</c>); 0 when unknown or refused by <c>CountryCode</c>.</summary>
        [MethodImpl(JitOnce.Options)]
        public int TryGetCode(IOperation operation)
        {
            IOperation op = Flow.Resolve(operation);
            if (op is IInvocationOperation invocation && UNModelSymbols.Is(invocation.TargetMethod, Symbols.CountryCode, KnownMembers.From) && invocation.Arguments.Length == 1
                && Flow.TryGetString(invocation.Arguments[0].Value, out string text))
            {
                // A code CountryCode refuses throws where it is made (UNM0017): it never reaches a vote.
                int packed = CountryCodePacking.Pack(text);
                return CharterFacts.Codes.IsAccepted(packed) ? packed : 0;
            }

            if (op is IPropertyReferenceOperation { Property.Name: KnownMembers.Code, Instance: { } instance } && UNModelSymbols.Same(op.Type, Symbols.CountryCode))
            {
                return TryGetState(instance)?.Packed ?? 0;
            }

            return 0;
        }

        /// <summary>Codes in a collection (permanent members voting no, parties, states in arrears), with their places; 0 for an unknown code.</summary>
        [MethodImpl(JitOnce.Options)]
        public bool TryGetCodes(IOperation operation, out List<(int Packed, SyntaxNode Syntax)> codes, out bool complete)
        {
            codes = new List<(int, SyntaxNode)>();
            if (!Flow.TryGetElements(operation, out ImmutableArray<IOperation> elements, out complete))
            {
                return false;
            }

            foreach (IOperation element in elements)
            {
                codes.Add((TryGetCode(element), element.Syntax));
            }

            return true;
        }

        /// <summary>A ballot: <c>Ballot.Yes/No/Abstain/Absent/Veto(state)</c> or <c>Ballot.Of(code, choice)</c> (see <see cref="StateBallot"/>).</summary>
        [MethodImpl(JitOnce.Options)]
        public BallotRead? ReadBallot(IOperation operation)
        {
            if (Flow.Resolve(operation) is not IInvocationOperation invocation || !UNModelSymbols.Same(invocation.TargetMethod.ContainingType, Symbols.Ballot)
                || invocation.Instance is not null || invocation.Arguments.Length == 0)
            {
                return null;
            }

            IOperation first = invocation.Arguments[0].Value;
            if (invocation.TargetMethod.Name == KnownMembers.Of && invocation.Arguments.Length == 2)
            {
                BallotChoice? choice = Flow.TryGetEnum(invocation.Arguments[1].Value, Symbols.BallotChoice, out int c) && c >= 1 && c <= 4 ? (BallotChoice)c : null;
                int code = TryGetCode(first);
                return new BallotRead(new BallotFacts(VoteRules.CheckVoter(code) is null ? code : 0, choice, isVeto: false), first.Syntax, invocation);
            }

            BallotChoice? kind = ChoiceOf(invocation.TargetMethod.Name);
            if (kind is null || invocation.Arguments.Length != 1)
            {
                return null;
            }

            return StateBallot(invocation.TargetMethod.Name == KnownMembers.Veto, kind.Value, first, invocation);
        }

        /// <summary>
        /// A ballot written as a state and a choice (<c>Ballot.Yes(state)</c>, <c>builder.Veto(state)</c>). A ballot the factory
        /// refuses (an observer's; a veto by a state never a permanent member) is reported where it is made and reaches no
        /// vote: its voter is unknown here.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public BallotRead StateBallot(bool isVeto, BallotChoice choice, IOperation state, IInvocationOperation? call)
        {
            int packed = TryGetState(state)?.Packed ?? 0;
            if (packed != 0 && (VoteRules.CheckVoter(packed) is not null || (isVeto && VoteRules.CheckVetoBallot(packed) is not null)))
            {
                packed = 0;
            }

            return new BallotRead(new BallotFacts(packed, choice, isVeto), state.Syntax, call);
        }

        /// <summary><c>Tally.From(y, n, a)</c> or <c>Tally.Partial(y, n, a)</c> with constant counts; null when unknown or when a count throws where the tally is made (UNM0004).</summary>
        [MethodImpl(JitOnce.Options)]
        public TallyFacts? ReadTally(IOperation? operation)
        {
            if (operation is null || Flow.Resolve(operation) is not IInvocationOperation invocation || !UNModelSymbols.Same(invocation.TargetMethod.ContainingType, Symbols.Tally)
                || (invocation.TargetMethod.Name != KnownMembers.From && invocation.TargetMethod.Name != KnownMembers.Partial))
            {
                return null;
            }

            if (ConstantFlow.Argument(invocation, KnownMembers.YesParameter) is not { } y || !Flow.TryGetInt(y, out int yes)
                || !TryOptional(ConstantFlow.Argument(invocation, KnownMembers.NoParameter), out int? no) || !TryOptional(ConstantFlow.Argument(invocation, KnownMembers.AbstainParameter), out int? abstain))
            {
                return null;
            }

            bool inRange = VoteRules.CheckCount(KnownMembers.YesParameter, yes) is null && (no is not int n || VoteRules.CheckCount(KnownMembers.NoParameter, n) is null)
                && (abstain is not int a || VoteRules.CheckCount(KnownMembers.AbstainParameter, a) is null);
            return inRange ? new TallyFacts(yes, no, abstain) : null;
        }

        /// <summary>Reads <c>DeclaredOutcome.Adopted</c>, <c>.Rejected</c>, <c>.Vetoed(...)</c> and <c>.Of(VoteOutcome.X)</c>; null when not knowable.</summary>
        [MethodImpl(JitOnce.Options)]
        public DeclaredRead? ReadDeclared(IOperation operation)
        {
            IOperation op = Flow.Resolve(operation);
            if (op is IPropertyReferenceOperation { Instance: null } property && UNModelSymbols.Same(property.Property.ContainingType, Symbols.DeclaredOutcome))
            {
                return property.Property.Name switch
                {
                    "Adopted" => new DeclaredRead(new DeclaredFacts(VoteOutcome.Adopted)),
                    "Rejected" => new DeclaredRead(new DeclaredFacts(VoteOutcome.Rejected)),
                    _ => null,
                };
            }

            if (op is not IInvocationOperation invocation || !UNModelSymbols.Same(invocation.TargetMethod.ContainingType, Symbols.DeclaredOutcome))
            {
                return null;
            }

            if (invocation.TargetMethod.Name == KnownMembers.Of && invocation.Arguments.Length == 1 && Flow.TryGetEnum(invocation.Arguments[0].Value, Symbols.VoteOutcome, out int outcome)
                && (outcome == (int)VoteOutcome.Adopted || outcome == (int)VoteOutcome.Rejected))
            {
                return new DeclaredRead(new DeclaredFacts((VoteOutcome)outcome));
            }

            if (invocation.TargetMethod.Name != KnownMembers.Vetoed || invocation.Arguments.Length != 1)
            {
                return null;
            }

            var read = new DeclaredRead(new DeclaredFacts(VoteOutcome.Rejected));
            bool asStates = invocation.Arguments[0].Parameter is { IsParams: true };
            ImmutableArray<IOperation> values;
            bool complete;
            if (!(asStates ? Flow.TryGetParams(invocation, out values, out complete) : Flow.TryGetElements(invocation.Arguments[0].Value, out values, out complete)))
            {
                read.Facts.VetoedByComplete = false;
                return read;
            }

            read.Facts.VetoedByComplete = complete;
            foreach (IOperation value in values)
            {
                // A state that never held a permanent seat is refused where the claim is made (UNM0001 there).
                int packed = asStates ? TryGetState(value)?.Packed ?? 0 : TryGetCode(value);
                packed = packed != 0 && VoteRules.CheckDeclaredVeto(packed) is null ? packed : 0;
                read.Facts.VetoedByComplete &= packed != 0;
                read.Facts.VetoedBy.Add(packed);
                read.VetoedByPlaces.Add(Place.Of(value.Syntax));
            }

            return read;
        }

        /// <summary>Reads <c>Proposal.Draft(...)</c>, <c>.Amendment(...)</c>, <c>.Motion(...)</c> and their <c>With…</c> chains; null when not knowable.</summary>
        [MethodImpl(JitOnce.Options)]
        public ProposalRead? ReadProposal(IOperation? operation)
        {
            if (operation is null)
            {
                return null;
            }

            var facts = new ProposalFacts();
            IInvocationOperation? declaredEffectCall = null;
            bool basisSeen = false, partiesSeen = false, languageSeen = false;
            IOperation op = Flow.Resolve(operation);
            for (int depth = 0; depth < 32; depth++)
            {
                if (op is not IInvocationOperation invocation || !UNModelSymbols.Same(invocation.TargetMethod.ContainingType, Symbols.Proposal))
                {
                    return null;
                }

                string name = invocation.TargetMethod.Name;
                if (invocation.Instance is { } instance)
                {
                    // The chain is read from its last call back: the first With… met is the one in force.
                    IOperation? argument = invocation.Arguments.Length == 1 ? invocation.Arguments[0].Value : null;
                    if (name == KnownMembers.WithDeclaredEffect && declaredEffectCall is null)
                    {
                        declaredEffectCall = invocation;
                        int effect = 0;
                        facts.DeclaredEffectPresence = argument is not null && Flow.TryGetEnum(argument, Symbols.LegalEffectKind, out effect) ? Presence.Known : Presence.Unknown;
                        facts.DeclaredEffect = (LegalEffectKind)effect;
                    }
                    else if (name == KnownMembers.WithBasis && !basisSeen)
                    {
                        basisSeen = true;
                        facts.Basis = argument is not null && Flow.TryGetInt(argument, out int basis) ? (CharterBasis)basis : null;
                    }
                    else if (name == KnownMembers.WithLanguage && !languageSeen)
                    {
                        languageSeen = true;
                        facts.Language = argument is not null && Flow.TryGetEnum(argument, Symbols.OperativeLanguage, out int language) ? (OperativeLanguage)language : null;
                    }
                    else if (name == KnownMembers.WithPartiesToDispute && !partiesSeen)
                    {
                        partiesSeen = true;
                        facts.PartiesToDispute = argument is not null && TryGetCodes(argument, out List<(int Packed, SyntaxNode Syntax)> codes, out bool complete) && complete && !codes.Exists(c => c.Packed == 0)
                            ? codes.ConvertAll(c => c.Packed)
                            : null;
                    }

                    op = Flow.Resolve(instance);
                    continue;
                }

                ReadFactory(invocation, name, facts);
                if (!basisSeen)
                {
                    facts.Basis = name == KnownMembers.Motion ? CharterBasis.InternalProcedure : CharterBasis.None;
                }

                if (!languageSeen)
                {
                    facts.Language = name == KnownMembers.Motion ? OperativeLanguage.Decides : OperativeLanguage.Hortatory;
                }

                if (!partiesSeen)
                {
                    facts.PartiesToDispute = new List<int>();
                }

                return facts.Kind is null ? null : new ProposalRead(facts, declaredEffectCall);
            }

            return null;
        }

        /// <summary>The canonical text of a constant symbol: a string, <c>DocumentSymbol.From("...")</c> or <c>DocumentSymbol.Parse("...", ...)</c>.</summary>
        [MethodImpl(JitOnce.Options)]
        public string? SymbolOf(IOperation? operation)
        {
            if (operation is null)
            {
                return null;
            }

            IOperation op = Flow.Resolve(operation);
            string text;
            if (op.Type?.SpecialType == SpecialType.System_String)
            {
                if (!Flow.TryGetString(op, out text))
                {
                    return null;
                }
            }
            else if (op is IInvocationOperation invocation && UNModelSymbols.Same(invocation.TargetMethod.ContainingType, Symbols.DocumentSymbol)
                && (invocation.TargetMethod.Name == KnownMembers.From || invocation.TargetMethod.Name == KnownMembers.Parse) && invocation.Arguments.Length >= 1
                && Flow.TryGetString(invocation.Arguments[0].Value, out string constant))
            {
                text = constant;
            }
            else
            {
                return null;
            }

            return CanonicalSymbol(text);
        }

        /// <summary>
        /// The canonical form of a document symbol's text, or null when neither grammar accepts it (UNM0010). A symbol is
        /// parsed where it is written (<c>DocumentSymbol.From("…")</c>, <c>Proposal.Draft("…")</c>) and again by the vote
        /// that reads it, both from the string of the same literal: the last few texts are kept, by that string object.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public string? CanonicalSymbol(string text)
        {
            SymbolTextRead read = symbolTexts.Find(text, text, OfText) ?? symbolTexts.Keep(new SymbolTextRead(text, ParseSymbol(text)), text, text, OfText);
            return read.Canonical;
        }

        [MethodImpl(JitOnce.Options)]
        private static string? ParseSymbol(string text)
        {
            if (DocumentSymbolGrammar.TryParse(text.AsSpan(), out SymbolParts parts))
            {
                // Written as the UN writes it (the usual case): the constant itself, without a new string.
                Span<char> canonical = stackalloc char[128];
                return DocumentSymbolGrammar.TryFormat(parts, canonical, out int written) && canonical.Slice(0, written).SequenceEqual(text.AsSpan())
                    ? text
                    : DocumentSymbolGrammar.Format(parts);
            }

            return OtherSymbolGrammar.TryParse(text.AsSpan(), out _, out _) ? text : null;
        }

        [MethodImpl(JitOnce.Options)]
        private void ReadFactory(IInvocationOperation invocation, string name, ProposalFacts facts)
        {
            switch (name)
            {
                case KnownMembers.Draft:
                    facts.Kind = ProposalKind.Draft;
                    facts.Symbol = SymbolOf(ConstantFlow.Argument(invocation, KnownMembers.SymbolParameter));
                    facts.Text = facts.Symbol;
                    break;
                case KnownMembers.Amendment:
                    facts.Kind = ProposalKind.Amendment;
                    IOperation? symbol = ConstantFlow.Argument(invocation, KnownMembers.SymbolParameter);
                    facts.Symbol = symbol is null || ConstantFlow.IsNull(symbol) ? null : SymbolOf(symbol);
                    facts.Amends = SymbolOf(ConstantFlow.Argument(invocation, KnownMembers.AmendsParameter));
                    facts.Text = facts.Symbol ?? (symbol is null || ConstantFlow.IsNull(symbol) ? (facts.Amends is null ? null : "amendment to " + facts.Amends) : null);
                    break;
                case KnownMembers.Motion:
                    facts.Kind = ProposalKind.Motion;
                    facts.Text = ConstantFlow.Argument(invocation, KnownMembers.TitleParameter) is { } title && Flow.TryGetString(title, out string text) ? text : null;
                    break;
            }
        }

        [MethodImpl(JitOnce.Options)]
        private bool TryOptional(IOperation? operation, out int? value)
        {
            value = null;
            if (operation is null || ConstantFlow.IsNull(operation))
            {
                return true;
            }

            if (Flow.TryGetInt(ConstantFlow.Unwrap(operation), out int v))
            {
                value = v;
                return true;
            }

            return false;
        }
    }
}
