using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure.Domain;
using UNModel.Analyzers.Infrastructure.Flow;
using UNModel.Core;

namespace UNModel.Analyzers.Infrastructure.Model
{
    /// <summary>
    /// Recognises where a vote is made and reads it into a <see cref="VoteModel"/>: <c>Vote.RollCall(...)</c>,
    /// <c>Vote.FromTally(...)</c>, the last call of a <c>VoteBuilder.In(...)…</c> chain, and each statement on a builder kept
    /// in a read-only local. One instance per compilation.
    /// </summary>
    internal sealed class VoteReader
    {
        private readonly DomainReader reader;

        public VoteReader(DomainReader reader)
        {
            this.reader = reader;
        }

        private ConstantFlow Flow => reader.Flow;

        private UNModelSymbols Symbols => reader.Symbols;

        /// <summary>
        /// Whether the invocation is where a vote is analyzed: <c>Vote.RollCall</c>, <c>Vote.FromTally</c>, or the last call of a
        /// builder chain (so that every diagnostic of the chain lies inside the analyzed invocation).
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public bool IsEntry(IInvocationOperation invocation)
        {
            IMethodSymbol m = invocation.TargetMethod;
            string? typeName = m.ContainingType?.Name;
            if (typeName == KnownMembers.Vote)
            {
                return UNModelSymbols.Is(m, Symbols.Vote, KnownMembers.RollCall) || UNModelSymbols.Is(m, Symbols.Vote, KnownMembers.FromTally);
            }

            if (typeName != KnownMembers.VoteBuilder || !UNModelSymbols.Same(m.ContainingType, Symbols.VoteBuilder))
            {
                return false;
            }

            bool continued = invocation.Parent is IInvocationOperation next && next.Instance == invocation && UNModelSymbols.Same(next.TargetMethod.ContainingType, Symbols.VoteBuilder);
            if (continued || ChainRoot(invocation, out IOperation bottom) is not { } root)
            {
                return false;
            }

            // A builder local used statement after statement is one vote, entered once: at the chain that calls Build().
            ILocalSymbol? local = bottom is ILocalReferenceOperation reference ? reference.Local : BuilderLocalOf(invocation, root)?.Local;
            return local is null || StraightLine(local, root) is not { } statements || (bottom is ILocalReferenceOperation last && statements[statements.Count - 1] == last);
        }

        /// <summary>Reads the vote an entry invocation (<see cref="IsEntry"/>) makes.</summary>
        [MethodImpl(JitOnce.Options)]
        public VoteModel? Read(IInvocationOperation entry)
        {
            IMethodSymbol m = entry.TargetMethod;
            if (UNModelSymbols.Is(m, Symbols.Vote, KnownMembers.RollCall) || UNModelSymbols.Is(m, Symbols.Vote, KnownMembers.FromTally))
            {
                return ReadCall(entry, m.Name == KnownMembers.FromTally);
            }

            if (ChainRoot(entry, out IOperation bottom) is not { } root)
            {
                return null;
            }

            var model = new VoteModel(entry);
            ReadFrame(model, root);
            var state = new ChainState();
            if (bottom is ILocalReferenceOperation builder && StraightLine(builder.Local, root) is { } statements)
            {
                // A builder kept in a local and used statement after statement: the whole vote, read at its Build().
                ReadChain(model, root, state);
                foreach (ILocalReferenceOperation statement in statements)
                {
                    ReadChain(model, statement, state);
                }

                Finish(model, state, whole: true);
                model.WithoutProposal = state.Built && !state.ProposalGiven;
                return model;
            }

            // A chain on a builder kept in a local used otherwise ("builder.Yes(...);" in a loop or a branch) is one part of
            // the vote: its own ballots are read against the body and date of the local's VoteBuilder.In(...).
            model.IsPartial = bottom != root;
            ReadChain(model, bottom, state);
            Finish(model, state, whole: !model.IsPartial);
            model.WithoutProposal = !model.IsPartial && state.Built && !state.ProposalGiven;
            if (model.IsPartial && model.Facts.Proposal is null && bottom is ILocalReferenceOperation local && ProposalOfBuilderLocal(root, local) is { } proposal)
            {
                SetProposal(model, proposal);
            }

            return model;
        }

        /// <summary>A vote of a meeting, as <c>Meeting.Create</c> checks it: its body, date and proposal.</summary>
        [MethodImpl(JitOnce.Options)]
        public MeetingVoteFacts? ReadMeetingVote(IOperation element)
        {
            if (Flow.Resolve(element) is not IInvocationOperation invocation || !IsEntry(invocation) || Read(invocation) is not { } vote)
            {
                return null;
            }

            return new MeetingVoteFacts { Body = vote.Facts.Body, Day = vote.Facts.Day, Proposal = vote.Facts.Proposal };
        }

        [MethodImpl(JitOnce.Options)]
        private VoteModel ReadCall(IInvocationOperation invocation, bool isTally)
        {
            var model = new VoteModel(invocation);
            VoteFacts facts = model.Facts;
            facts.IsTally = isTally;
            ReadFrame(model, invocation);
            if (ConstantFlow.Argument(invocation, KnownMembers.QuestionParameter) is { } question && Flow.TryGetEnum(question, Symbols.QuestionKind, out int kind))
            {
                facts.Question = (QuestionKind)kind;
                model.QuestionPlace = Place.Of(question.Syntax);
            }

            if (ConstantFlow.Argument(invocation, KnownMembers.ProposalParameter) is { } proposal)
            {
                SetProposal(model, proposal);
            }

            if (ConstantFlow.Argument(invocation, KnownMembers.DeclaredParameter) is { } declared && !ConstantFlow.IsNull(declared))
            {
                SetDeclared(model, declared);
            }

            if (isTally)
            {
                IOperation? tally = ConstantFlow.Argument(invocation, KnownMembers.TallyParameter);
                facts.Tally = reader.ReadTally(tally);
                model.TallyPlace = Place.Of(tally?.Syntax);
                if (ConstantFlow.Argument(invocation, KnownMembers.PermanentNoParameter) is { } permanentNo && !ConstantFlow.IsNull(permanentNo))
                {
                    model.PermanentNoPlace = Place.Of(permanentNo.Syntax);
                    if (reader.TryGetCodes(permanentNo, out List<(int Packed, SyntaxNode Syntax)> codes, out bool complete))
                    {
                        facts.PermanentNoPresence = Presence.Known;
                        facts.PermanentNoComplete = complete;
                        foreach ((int packed, SyntaxNode syntax) in codes)
                        {
                            facts.PermanentNo.Add(packed);
                            model.PermanentNoPlaces.Add(Place.Of(syntax));
                            facts.PermanentNoComplete &= packed != 0;
                        }
                    }
                    else
                    {
                        facts.PermanentNoPresence = Presence.Unknown;
                    }
                }

                return model;
            }

            if (ConstantFlow.Argument(invocation, KnownMembers.InArrearsParameter) is { } arrears && !ConstantFlow.IsNull(arrears))
            {
                if (reader.TryGetCodes(arrears, out List<(int Packed, SyntaxNode Syntax)> codes, out bool complete))
                {
                    facts.InArrearsComplete = complete;
                    foreach ((int packed, _) in codes)
                    {
                        facts.InArrears.Add(packed);
                        facts.InArrearsComplete &= packed != 0;
                    }
                }
                else
                {
                    facts.InArrearsComplete = false;
                }
            }

            IOperation? ballots = ConstantFlow.Argument(invocation, KnownMembers.BallotsParameter);
            model.BallotsPlace = Place.Of(ballots?.Syntax);
            if (ballots is not null && Flow.TryGetElements(ballots, out ImmutableArray<IOperation> elements, out bool all))
            {
                facts.BallotsComplete = all;
                Reserve(model, elements.Length);
                foreach (IOperation element in elements)
                {
                    AddBallot(model, reader.ReadBallot(element));
                }
            }
            else
            {
                facts.BallotsComplete = false;
            }

            return model;
        }

        /// <summary>Makes room for <paramref name="more"/> ballots at once (a chain's calls add theirs one call at a time).</summary>
        [MethodImpl(JitOnce.Options)]
        private static void Reserve(VoteModel model, int more)
        {
            int needed = model.Ballots.Count + more;
            if (model.Ballots.Capacity < needed)
            {
                model.Ballots.Capacity = needed;
                model.Facts.Ballots.Capacity = needed;
            }
        }

        [MethodImpl(JitOnce.Options)]
        private static void AddBallot(VoteModel model, BallotRead? ballot)
        {
            if (ballot is not BallotRead read)
            {
                model.Facts.BallotsComplete = false;
                return;
            }

            model.Facts.Ballots.Add(read.Facts);
            model.Ballots.Add(read);
        }

        [MethodImpl(JitOnce.Options)]
        private void SetProposal(VoteModel model, IOperation proposal)
        {
            if (reader.ReadProposal(proposal) is { } read)
            {
                model.Facts.Proposal = read.Facts;
                model.DeclaredEffectPlace = read.DeclaredEffectCall is { } call ? Place.NameToEnd(call) : default;
            }
        }

        [MethodImpl(JitOnce.Options)]
        private void SetDeclared(VoteModel model, IOperation declared)
        {
            model.DeclaredPlace = Place.Of(declared.Syntax);
            model.DeclaredInPlace = ConstantFlow.Unwrap(declared) is not ILocalReferenceOperation;
            if (reader.ReadDeclared(declared) is { } read)
            {
                model.Facts.DeclaredPresence = Presence.Known;
                model.Facts.Declared = read.Facts;
                model.DeclaredVetoPlaces.AddRange(read.VetoedByPlaces);
            }
            else
            {
                model.Facts.DeclaredPresence = Presence.Unknown;
            }
        }

        [MethodImpl(JitOnce.Options)]
        private void ReadFrame(VoteModel model, IInvocationOperation invocation)
        {
            if (ConstantFlow.Argument(invocation, KnownMembers.BodyParameter) is { } body && reader.TryGetBody(body, out BodyKind kind))
            {
                model.Facts.Body = kind;
            }

            if (ConstantFlow.Argument(invocation, KnownMembers.DateParameter) is { } date && reader.TryGetDate(date, out int day))
            {
                model.Facts.Day = day;
                model.DatePlace = Place.Of(date.Syntax);
            }
        }

        [MethodImpl(JitOnce.Options)]
        private void ReadChain(VoteModel model, IOperation start, ChainState state)
        {
            VoteFacts facts = model.Facts;
            IOperation current = start;
            while (!state.Built && current.Parent is IInvocationOperation call && call.Instance == current && UNModelSymbols.Same(call.TargetMethod.ContainingType, Symbols.VoteBuilder))
            {
                current = call;
                IOperation? argument = call.Arguments.Length == 1 ? call.Arguments[0].Value : null;
                string name = call.TargetMethod.Name;
                switch (name)
                {
                    case KnownMembers.Substantive:
                    case KnownMembers.Procedural:
                    case KnownMembers.SimpleMajority:
                    case KnownMembers.TwoThirds:
                        state.Question = name == KnownMembers.Substantive ? QuestionKind.Substantive
                            : name == KnownMembers.Procedural ? QuestionKind.Procedural
                            : name == KnownMembers.SimpleMajority ? QuestionKind.SimpleMajority : QuestionKind.TwoThirds;
                        state.QuestionKnown = true;
                        model.QuestionPlace = Place.NameToEnd(call);
                        break;
                    case KnownMembers.Question:
                        int q = 0;
                        state.QuestionKnown = argument is not null && Flow.TryGetEnum(argument, Symbols.QuestionKind, out q);
                        state.Question = state.QuestionKnown ? (QuestionKind)q : null;
                        model.QuestionPlace = Place.Of(argument?.Syntax);
                        break;
                    case KnownMembers.Yes:
                    case KnownMembers.No:
                    case KnownMembers.Abstain:
                    case KnownMembers.Absent:
                        if (Flow.TryGetParams(call, out ImmutableArray<IOperation> states, out bool complete))
                        {
                            facts.BallotsComplete &= complete;
                            Reserve(model, states.Length);
                            foreach (IOperation voter in states)
                            {
                                AddBallot(model, reader.StateBallot(isVeto: false, DomainReader.ChoiceOf(name)!.Value, voter, null));
                            }
                        }
                        else
                        {
                            facts.BallotsComplete = false;
                        }

                        break;
                    case KnownMembers.Veto:
                        if (argument is not null)
                        {
                            AddBallot(model, reader.StateBallot(isVeto: true, BallotChoice.No, argument, call));
                        }

                        break;
                    case KnownMembers.Ballots:
                        if (argument is not null && Flow.TryGetElements(argument, out ImmutableArray<IOperation> items, out bool all))
                        {
                            facts.BallotsComplete &= all;
                            Reserve(model, items.Length);
                            foreach (IOperation item in items)
                            {
                                AddBallot(model, reader.ReadBallot(item));
                            }
                        }
                        else
                        {
                            facts.BallotsComplete = false;
                        }

                        break;
                    case KnownMembers.InArrears:
                        if (Flow.TryGetParams(call, out ImmutableArray<IOperation> debtors, out bool listed))
                        {
                            facts.InArrearsComplete &= listed;
                            foreach (IOperation debtor in debtors)
                            {
                                int packed = reader.TryGetState(debtor)?.Packed ?? 0;
                                facts.InArrears.Add(packed);
                                facts.InArrearsComplete &= packed != 0;
                            }
                        }
                        else
                        {
                            facts.InArrearsComplete = false;
                        }

                        break;
                    case KnownMembers.On:
                        state.ProposalGiven = true;
                        facts.Proposal = null;
                        if (argument is not null)
                        {
                            SetProposal(model, argument);
                        }

                        break;
                    case KnownMembers.Declared:
                        if (argument is not null)
                        {
                            SetDeclared(model, argument);
                        }

                        break;
                    case KnownMembers.Build:
                        state.Built = true;
                        break;
                }
            }
        }

        /// <summary>
        /// After the chains of a vote: only a vote read to its <c>Build()</c> has all its ballots; the question is the last set,
        /// or the body's default. A statement on a builder local knows the question only when no other statement sets one.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private void Finish(VoteModel model, ChainState state, bool whole)
        {
            VoteFacts facts = model.Facts;
            bool questionKnown = state.QuestionKnown;
            QuestionKind? question = state.Question;

            // Only a chain that reaches Build() is the whole vote: a builder kept in a variable may be changed later. Its
            // question is known all the same when no statement on the local sets one but the initializer's chain.
            if (!state.Built || !whole)
            {
                facts.BallotsComplete = false;
                questionKnown = BuilderLocalOf(model.Entry, null) is { } builder && SettledQuestion(builder.Local, builder.Initializer, out question);
            }

            if (questionKnown && facts.Body is BodyKind body)
            {
                facts.Question = question ?? (body == BodyKind.SecurityCouncil ? QuestionKind.Substantive : QuestionKind.SimpleMajority);
            }
        }

        /// <summary>
        /// The <c>VoteBuilder.In(...)</c> call a builder chain starts with, directly or through a read-only local initialized
        /// with such a chain; null otherwise. <paramref name="bottom"/> is where the chain itself starts (the <c>In</c> call or
        /// the local's reference).
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private IInvocationOperation? ChainRoot(IInvocationOperation invocation, out IOperation bottom)
        {
            bottom = invocation;
            while (UNModelSymbols.Same(invocation.TargetMethod.ContainingType, Symbols.VoteBuilder))
            {
                if (UNModelSymbols.Is(invocation.TargetMethod, Symbols.VoteBuilder, KnownMembers.In))
                {
                    bottom = invocation;
                    return invocation;
                }

                if (invocation.Instance is ILocalReferenceOperation local)
                {
                    bottom = local;
                    IOperation initializer = Flow.Resolve(local);
                    while (initializer is IInvocationOperation chain && UNModelSymbols.Same(chain.TargetMethod.ContainingType, Symbols.VoteBuilder))
                    {
                        if (UNModelSymbols.Is(chain.TargetMethod, Symbols.VoteBuilder, KnownMembers.In))
                        {
                            return chain;
                        }

                        if (chain.Instance is null)
                        {
                            break;
                        }

                        initializer = Flow.Resolve(chain.Instance);
                    }

                    return null;
                }

                if (invocation.Instance is not IInvocationOperation receiver)
                {
                    return null;
                }

                invocation = receiver;
            }

            return null;
        }

        /// <summary>Where a builder chain starts: the local it is called on, or its first call.</summary>
        [MethodImpl(JitOnce.Options)]
        private static IOperation ChainBottom(IInvocationOperation entry)
        {
            IOperation current = entry;
            while (current is IInvocationOperation call && call.Instance is { } instance)
            {
                current = ConstantFlow.Unwrap(instance);
            }

            return current;
        }

        /// <summary>
        /// The statements of a builder kept in a local, when they run straight through: declared with a <c>VoteBuilder.In(...)</c>
        /// chain, then used only as the receiver of chain statements in the same block (never in a branch, a loop or a
        /// lambda, never passed on), with exactly one <c>Build()</c>, in the last of them. The chains' starts, in order; null
        /// otherwise. Computed once per local.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private List<ILocalReferenceOperation>? StraightLine(ILocalSymbol local, IInvocationOperation root) =>
            Flow.IndexOf(root).Of(local)?.Once(FindStraightLine);

        [MethodImpl(JitOnce.Options)]
        private List<ILocalReferenceOperation>? FindStraightLine(LocalFacts local)
        {
            if (local.Declarator?.Parent?.Parent?.Parent is not IBlockOperation block)
            {
                return null;
            }

            var statements = new List<ILocalReferenceOperation>();
            int builds = 0;
            foreach (ILocalReferenceOperation reference in local.References)
            {
                IOperation top = reference;
                bool build = false;
                while (top.Parent is IInvocationOperation call && call.Instance == top && UNModelSymbols.Same(call.TargetMethod.ContainingType, Symbols.VoteBuilder))
                {
                    build |= call.TargetMethod.Name == KnownMembers.Build;
                    top = call;
                }

                IOperation? outer = top.Parent;
                while (outer is IConversionOperation or IParenthesizedOperation)
                {
                    outer = outer.Parent;
                }

                IOperation? statement = outer is IVariableInitializerOperation initializer ? initializer.Parent?.Parent?.Parent : outer;
                if (top == reference || statement is not (IExpressionStatementOperation or IReturnOperation or IVariableDeclarationGroupOperation) || statement.Parent != block
                    || (builds > 0 && !build))
                {
                    return null;
                }

                builds += build ? 1 : 0;
                statements.Add(reference);
            }

            return builds == 1 && statements.Count > 0 ? statements : null;
        }

        /// <summary>The builder local a chain belongs to: the local it is called on, or the local its chain initializes.</summary>
        private (ILocalSymbol Local, IOperation Initializer)? BuilderLocalOf(IInvocationOperation entry, IOperation? start)
        {
            start ??= ChainBottom(entry);
            if (start is ILocalReferenceOperation reference)
            {
                return reference.Local is { } local && Flow.IndexOf(reference).Of(local)?.Initializer is { } value ? (local, value) : null;
            }

            IOperation top = entry;
            while (top.Parent is IConversionOperation or IParenthesizedOperation)
            {
                top = top.Parent;
            }

            // Only a VoteBuilder local: `Vote vote = VoteBuilder…Build();` keeps a vote, not a builder (and needs no index of its block).
            return top.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } && UNModelSymbols.Same(declarator.Symbol.Type, Symbols.VoteBuilder)
                ? (declarator.Symbol, top)
                : null;
        }

        /// <summary>
        /// The question a builder local's vote is put as, when no statement on the local sets one but its initializer: the
        /// initializer's last question call, or null (the body's default) when it has none.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private bool SettledQuestion(ILocalSymbol local, IOperation initializer, out QuestionKind? question)
        {
            question = null;
            BlockIndex index = Flow.IndexOf(initializer);
            if (index.Of(local)?.Declarator is null)
            {
                return false;
            }

            foreach (IOperation op in index.Root.Descendants())
            {
                if (op is IInvocationOperation call && UNModelSymbols.Same(call.TargetMethod.ContainingType, Symbols.VoteBuilder) && QuestionOf(call, out QuestionKind? asked))
                {
                    bool inInitializer = call.Syntax.SpanStart >= initializer.Syntax.SpanStart && call.Syntax.Span.End <= initializer.Syntax.Span.End;
                    if (!inInitializer && ReceiverLocal(call) is { } receiver && SymbolEqualityComparer.Default.Equals(receiver, local))
                    {
                        return false;
                    }

                    if (inInitializer)
                    {
                        if (asked is null)
                        {
                            return false;
                        }

                        question = asked; // the last one in source order stands
                    }
                }
            }

            return true;
        }

        /// <summary>Whether the call sets the question, and to what (null when not knowable).</summary>
        [MethodImpl(JitOnce.Options)]
        private bool QuestionOf(IInvocationOperation call, out QuestionKind? question)
        {
            question = call.TargetMethod.Name switch
            {
                KnownMembers.Substantive => QuestionKind.Substantive,
                KnownMembers.Procedural => QuestionKind.Procedural,
                KnownMembers.SimpleMajority => QuestionKind.SimpleMajority,
                KnownMembers.TwoThirds => QuestionKind.TwoThirds,
                _ => null,
            };
            if (question is not null)
            {
                return true;
            }

            if (call.TargetMethod.Name != KnownMembers.Question)
            {
                return false;
            }

            question = call.Arguments.Length == 1 && Flow.TryGetEnum(call.Arguments[0].Value, Symbols.QuestionKind, out int q) ? (QuestionKind)q : null;
            return true;
        }

        /// <summary>The local a builder chain is called on.</summary>
        [MethodImpl(JitOnce.Options)]
        private static ILocalSymbol? ReceiverLocal(IInvocationOperation call)
        {
            IOperation? receiver = call.Instance;
            while (receiver is IInvocationOperation inner)
            {
                receiver = inner.Instance;
            }

            return (receiver is null ? null : ConstantFlow.Unwrap(receiver)) is ILocalReferenceOperation local ? local.Local : null;
        }

        /// <summary>The proposal of <c>On(...)</c> in a builder local's initializer, when no statement on the local calls <c>On(...)</c> again.</summary>
        [MethodImpl(JitOnce.Options)]
        private IOperation? ProposalOfBuilderLocal(IInvocationOperation root, ILocalReferenceOperation local)
        {
            IOperation? proposal = null;
            for (IOperation current = root; current.Parent is IInvocationOperation call && call.Instance == current && UNModelSymbols.Same(call.TargetMethod.ContainingType, Symbols.VoteBuilder); current = call)
            {
                if (call.TargetMethod.Name == KnownMembers.On && call.Arguments.Length == 1)
                {
                    proposal = call.Arguments[0].Value;
                }
            }

            IOperation top = local;
            while (top.Parent is { } parent)
            {
                top = parent;
            }

            foreach (IOperation op in top.Descendants())
            {
                if (op is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, local.Local))
                {
                    continue;
                }

                for (IOperation current = reference; current.Parent is IInvocationOperation call && call.Instance == current; current = call)
                {
                    if (call.TargetMethod.Name == KnownMembers.On)
                    {
                        return null;
                    }
                }
            }

            return proposal;
        }

        /// <summary>What the chains of one vote have set so far.</summary>
        private sealed class ChainState
        {
            public QuestionKind? Question { get; set; }

            public bool QuestionKnown { get; set; } = true;

            public bool Built { get; set; }

            /// <summary>Whether a chain of the vote calls <c>On(proposal)</c>.</summary>
            public bool ProposalGiven { get; set; }
        }
    }
}
