using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace UNModel.Analyzers.Infrastructure
{
    /// <summary>One ballot as far as it is knowable: who (0 when unknown), how, and where it is written.</summary>
    internal sealed class BallotModel
    {
        public BallotModel(int packed, BallotChoice? choice, bool isVeto, Location stateLocation, IInvocationOperation? call)
        {
            Packed = packed;
            Choice = choice;
            IsVeto = isVeto;
            StateLocation = stateLocation;
            Call = call;
        }

        /// <summary>The voter's packed code, 0 when not knowable.</summary>
        public int Packed { get; }

        public BallotChoice? Choice { get; }

        /// <summary>Cast with <c>Veto(...)</c>.</summary>
        public bool IsVeto { get; }

        /// <summary>Where the voter is written (the state argument).</summary>
        public Location StateLocation { get; }

        /// <summary>The <c>Ballot.X(...)</c> or builder <c>Veto(...)</c> call, when there is one.</summary>
        public IInvocationOperation? Call { get; }

        /// <summary>Where a veto is written: <c>Veto(MemberStates.Slovenia)</c>.</summary>
        public Location CallLocation => Call is null ? StateLocation : Knowable.NameToEnd(Call);
    }

    /// <summary>A declared outcome as far as it is knowable.</summary>
    internal sealed class DeclaredModel
    {
        public DeclaredModel(IOperation operation, VoteOutcome outcome)
        {
            Operation = operation;
            Outcome = outcome;
        }

        public IOperation Operation { get; }

        public VoteOutcome Outcome { get; }

        /// <summary>The states named by <c>DeclaredOutcome.Vetoed(...)</c>: packed code (0 unknown), location, and whether written as a state (not a code).</summary>
        public List<(int Packed, Location Location, bool AsState)> VetoedBy { get; } = new List<(int, Location, bool)>();

        public bool VetoedByComplete { get; set; } = true;

        /// <summary>Reads <c>DeclaredOutcome.Adopted</c>, <c>.Rejected</c>, <c>.Vetoed(...)</c> and <c>.Of(VoteOutcome.X)</c>.</summary>
        public static DeclaredModel? Read(IOperation? operation, UNModelSymbols symbols)
        {
            if (operation is null)
            {
                return null;
            }

            IOperation op = Knowable.Resolve(operation);
            if (op is IPropertyReferenceOperation { Instance: null } property && UNModelSymbols.Same(property.Property.ContainingType, symbols.DeclaredOutcome))
            {
                return property.Property.Name switch
                {
                    "Adopted" => new DeclaredModel(operation, VoteOutcome.Adopted),
                    "Rejected" => new DeclaredModel(operation, VoteOutcome.Rejected),
                    _ => null,
                };
            }

            if (op is not IInvocationOperation invocation || !UNModelSymbols.Same(invocation.TargetMethod.ContainingType, symbols.DeclaredOutcome))
            {
                return null;
            }

            if (invocation.TargetMethod.Name == "Of" && invocation.Arguments.Length == 1 && Knowable.TryGetEnum(invocation.Arguments[0].Value, symbols.VoteOutcome, out int outcome)
                && (outcome == (int)VoteOutcome.Adopted || outcome == (int)VoteOutcome.Rejected))
            {
                return new DeclaredModel(operation, (VoteOutcome)outcome);
            }

            if (invocation.TargetMethod.Name != "Vetoed" || invocation.Arguments.Length != 1)
            {
                return null;
            }

            var model = new DeclaredModel(operation, VoteOutcome.Rejected);
            IParameterSymbol? parameter = invocation.Arguments[0].Parameter;
            bool asState = parameter is { IsParams: true };
            List<IOperation> values;
            bool complete;
            bool ok = asState ? Knowable.TryGetParams(invocation, out values, out complete) : Knowable.TryGetElements(invocation.Arguments[0].Value, out values, out complete);
            if (!ok)
            {
                model.VetoedByComplete = false;
                return model;
            }

            model.VetoedByComplete = complete;
            foreach (IOperation value in values)
            {
                int packed = asState ? Knowable.TryGetState(value, symbols)?.Packed ?? 0 : Knowable.TryGetCode(value, symbols);
                if (packed == 0)
                {
                    model.VetoedByComplete = false;
                }

                model.VetoedBy.Add((packed, value.Syntax.GetLocation(), asState));
            }

            return model;
        }
    }

    /// <summary>
    /// A vote as far as it is knowable at compile time, read from <c>Vote.RollCall(...)</c>, <c>Vote.FromTally(...)</c> or a
    /// <c>VoteBuilder.In(...)…</c> chain. Unknown parts are null; the rules check only what is known.
    /// </summary>
    internal sealed class VoteModel
    {
        /// <summary>A cached read, null model included.</summary>
        private sealed class ReadResult
        {
            public ReadResult(VoteModel? model) => Model = model;

            public VoteModel? Model { get; }
        }

        private VoteModel(IInvocationOperation entry)
        {
            Entry = entry;
        }

        /// <summary>The invocation the vote was read from (<c>RollCall</c>, <c>FromTally</c> or <c>In</c>).</summary>
        public IInvocationOperation Entry { get; }

        public BodyKind? Body { get; private set; }

        /// <summary>The date as <c>yyyymmdd</c>.</summary>
        public int? Date { get; private set; }

        public QuestionKind? Question { get; private set; }

        /// <summary>Where the question is written: the <c>question</c> argument or the builder call that set it.</summary>
        public IOperation? QuestionOperation { get; private set; }

        /// <summary>Builder chains: the last question set by this chain itself (<c>.TwoThirds()</c>…), whether or not the chain is the whole vote.</summary>
        public QuestionKind? ExplicitQuestion { get; private set; }

        /// <summary>Builder chains: the call that set <see cref="ExplicitQuestion"/>.</summary>
        public IInvocationOperation? ExplicitQuestionCall { get; private set; }

        /// <summary>A chain on a builder kept in a local: one statement of the vote, not the call that holds its body and date.</summary>
        public bool IsPartial { get; private set; }

        /// <summary>The <c>date</c> argument.</summary>
        public IOperation? DateOperation { get; private set; }

        public List<BallotModel> Ballots { get; } = new List<BallotModel>();

        /// <summary>Whether every ballot of the vote is in <see cref="Ballots"/>.</summary>
        public bool BallotsComplete { get; private set; } = true;

        public bool IsTally { get; private set; }

        public IOperation? Proposal { get; private set; }

        public IOperation? Declared { get; private set; }

        public IOperation? Tally { get; private set; }

        /// <summary>General Assembly: the Members in arrears (Art. 19) named in this call or chain, by packed code.</summary>
        public List<(int Packed, bool Known)> InArrears { get; } = new List<(int, bool)>();

        /// <summary>The <c>permanentNo</c> argument of a tally, null when not given.</summary>
        public IOperation? PermanentNo { get; private set; }

        /// <summary>
        /// Whether the invocation is where a vote is analyzed: <c>Vote.RollCall</c>, <c>Vote.FromTally</c>, or the last call of a
        /// <c>VoteBuilder.In(...)…</c> chain (so that every diagnostic of the chain lies inside the analyzed operation).
        /// </summary>
        public static bool IsEntry(IInvocationOperation invocation, UNModelSymbols symbols)
        {
            IMethodSymbol m = invocation.TargetMethod;

            // Names first: only methods of Vote and VoteBuilder can be entries.
            string? typeName = m.ContainingType?.Name;
            if (typeName != "Vote" && typeName != "VoteBuilder")
            {
                return false;
            }

            if (UNModelSymbols.Is(m, symbols.Vote, "RollCall") || UNModelSymbols.Is(m, symbols.Vote, "FromTally"))
            {
                return true;
            }

            if (!UNModelSymbols.Same(m.ContainingType, symbols.VoteBuilder))
            {
                return false;
            }

            bool continued = invocation.Parent is IInvocationOperation next && next.Instance == invocation && UNModelSymbols.Same(next.TargetMethod.ContainingType, symbols.VoteBuilder);
            return !continued && ChainRoot(invocation, symbols, out _) is not null;
        }

        /// <summary>
        /// The models already read, by entry invocation: every vote rule reads the same vote at the same invocation, so the
        /// model is built once and shared (it is not changed after it is read). Keyed by the operation, so it lives as long
        /// as the compilation's operation tree; thread-safe (the rules run concurrently; a race builds the same model twice
        /// and keeps one).
        /// </summary>
        private static readonly ConditionalWeakTable<IInvocationOperation, ReadResult> Models = new ConditionalWeakTable<IInvocationOperation, ReadResult>();

        /// <summary>Reads the vote that the entry invocation (see <see cref="IsEntry"/>) describes, once per invocation.</summary>
        public static VoteModel? Read(IInvocationOperation invocation, UNModelSymbols symbols)
        {
            if (Models.TryGetValue(invocation, out ReadResult? cached))
            {
                return cached.Model;
            }

            return Models.GetValue(invocation, key => new ReadResult(ReadUncached(key, symbols))).Model;
        }

        private static VoteModel? ReadUncached(IInvocationOperation invocation, UNModelSymbols symbols)
        {
            IMethodSymbol m = invocation.TargetMethod;
            if (UNModelSymbols.Is(m, symbols.Vote, "RollCall") || UNModelSymbols.Is(m, symbols.Vote, "FromTally"))
            {
                var model = new VoteModel(invocation);
                model.ReadFrame(invocation, symbols);
                if (Knowable.Argument(invocation, "question") is { } questionArgument && Knowable.TryGetEnum(questionArgument, symbols.QuestionKind, out int question))
                {
                    model.Question = (QuestionKind)question;
                    model.QuestionOperation = questionArgument;
                }

                model.Proposal = Knowable.Argument(invocation, "proposal");
                model.Declared = Knowable.Argument(invocation, "declared");
                if (m.Name == "FromTally")
                {
                    model.IsTally = true;
                    model.Tally = Knowable.Argument(invocation, "tally");
                    model.PermanentNo = Knowable.Argument(invocation, "permanentNo");
                    if (model.PermanentNo is { } p && Knowable.Unwrap(p).ConstantValue is { HasValue: true, Value: null })
                    {
                        model.PermanentNo = null;
                    }
                }
                else
                {
                    if (Knowable.Argument(invocation, "inArrears") is { } arrears && Knowable.Unwrap(arrears).ConstantValue is not { HasValue: true, Value: null }
                        && Knowable.TryGetElements(arrears, out List<IOperation> codes, out _))
                    {
                        foreach (IOperation code in codes)
                        {
                            int packed = Knowable.TryGetCode(code, symbols);
                            model.InArrears.Add((packed, packed != 0));
                        }
                    }

                    if (Knowable.Argument(invocation, "ballots") is { } ballots && Knowable.TryGetElements(ballots, out List<IOperation> elements, out bool complete))
                    {
                        model.BallotsComplete = complete;
                        foreach (IOperation element in elements)
                        {
                            BallotModel? ballot = ReadBallot(element, symbols);
                            if (ballot is null)
                            {
                                model.BallotsComplete = false;
                            }
                            else
                            {
                                model.Ballots.Add(ballot);
                            }
                        }
                    }
                    else
                    {
                        model.BallotsComplete = false;
                    }
                }

                if (model.Declared is { } d && Knowable.Unwrap(d).ConstantValue is { HasValue: true, Value: null })
                {
                    model.Declared = null;
                }

                return model;
            }

            if (ChainRoot(invocation, symbols, out IOperation? bottom) is { } root)
            {
                var model = new VoteModel(invocation);
                model.ReadFrame(root, symbols);

                // A chain on a builder kept in a local ("builder.Yes(...);") is one part of the vote: its own ballots are
                // read against the body and date of the local's VoteBuilder.In(...), but the other statements may add
                // ballots or change the question.
                model.IsPartial = bottom != root;
                model.ReadChain(bottom, symbols, partial: model.IsPartial);
                if (model.IsPartial && model.Proposal is null && bottom is ILocalReferenceOperation local)
                {
                    model.Proposal = ProposalOfBuilderLocal(root, local, symbols);
                }

                return model;
            }

            return null;
        }

        /// <summary>Reads the vote an expression produces: a <c>RollCall</c>/<c>FromTally</c> call, or a builder chain ending in <c>Build()</c>.</summary>
        public static VoteModel? ReadVoteExpression(IOperation operation, UNModelSymbols symbols)
        {
            if (Knowable.Resolve(operation) is not IInvocationOperation invocation)
            {
                return null;
            }

            return IsEntry(invocation, symbols) ? Read(invocation, symbols) : null;
        }

        /// <summary>Reads <c>Ballot.Yes/No/Abstain/Absent/Veto(state)</c> and <c>Ballot.Of(code, choice)</c>.</summary>
        public static BallotModel? ReadBallot(IOperation operation, UNModelSymbols symbols)
        {
            if (Knowable.Resolve(operation) is not IInvocationOperation invocation || !UNModelSymbols.Same(invocation.TargetMethod.ContainingType, symbols.Ballot)
                || invocation.Instance is not null || invocation.Arguments.Length == 0)
            {
                return null;
            }

            IOperation first = invocation.Arguments[0].Value;
            if (invocation.TargetMethod.Name == "Of" && invocation.Arguments.Length == 2)
            {
                BallotChoice? choice = Knowable.TryGetEnum(invocation.Arguments[1].Value, symbols.BallotChoice, out int c) && c >= 1 && c <= 4 ? (BallotChoice)c : null;
                return new BallotModel(Knowable.TryGetCode(first, symbols), choice, false, first.Syntax.GetLocation(), invocation);
            }

            BallotChoice? kind = ChoiceOf(invocation.TargetMethod.Name);
            if (kind is null || invocation.Arguments.Length != 1)
            {
                return null;
            }

            return new BallotModel(Knowable.TryGetState(first, symbols)?.Packed ?? 0, kind, invocation.TargetMethod.Name == "Veto", first.Syntax.GetLocation(), invocation);
        }

        /// <summary>The choice a ballot method (<c>Yes</c>, <c>No</c>, <c>Abstain</c>, <c>Absent</c>, <c>Veto</c>) records.</summary>
        public static BallotChoice? ChoiceOf(string methodName)
        {
            switch (methodName)
            {
                case "Yes": return BallotChoice.Yes;
                case "No": return BallotChoice.No;
                case "Veto": return BallotChoice.No;
                case "Abstain": return BallotChoice.Abstain;
                case "Absent": return BallotChoice.Absent;
                default: return null;
            }
        }

        /// <summary>
        /// The <c>VoteBuilder.In(...)</c> call a builder chain starts with, directly or through a read-only local initialized
        /// with such a chain; null otherwise. <paramref name="bottom"/> is where the chain itself starts (the <c>In</c> call
        /// or the local's reference).
        /// </summary>
        private static IInvocationOperation? ChainRoot(IInvocationOperation invocation, UNModelSymbols symbols, out IOperation bottom)
        {
            bottom = invocation;
            while (UNModelSymbols.Same(invocation.TargetMethod.ContainingType, symbols.VoteBuilder))
            {
                if (UNModelSymbols.Is(invocation.TargetMethod, symbols.VoteBuilder, "In"))
                {
                    bottom = invocation;
                    return invocation;
                }

                if (invocation.Instance is ILocalReferenceOperation local)
                {
                    bottom = local;
                    IOperation initializer = Knowable.Resolve(local);
                    while (initializer is IInvocationOperation chain && UNModelSymbols.Same(chain.TargetMethod.ContainingType, symbols.VoteBuilder))
                    {
                        if (UNModelSymbols.Is(chain.TargetMethod, symbols.VoteBuilder, "In"))
                        {
                            return chain;
                        }

                        initializer = chain.Instance is { } next ? Knowable.Resolve(next) : initializer;
                        if (chain.Instance is null)
                        {
                            break;
                        }
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

        /// <summary>
        /// The proposal given by <c>On(...)</c> in a builder local's initializer chain, when no statement on the local calls
        /// <c>On(...)</c> again; null otherwise.
        /// </summary>
        private static IOperation? ProposalOfBuilderLocal(IInvocationOperation root, ILocalReferenceOperation local, UNModelSymbols symbols)
        {
            IOperation? proposal = null;
            for (IOperation current = root; current.Parent is IInvocationOperation call && call.Instance == current && UNModelSymbols.Same(call.TargetMethod.ContainingType, symbols.VoteBuilder); current = call)
            {
                if (call.TargetMethod.Name == "On" && call.Arguments.Length == 1)
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
                    if (call.TargetMethod.Name == "On")
                    {
                        return null;
                    }
                }
            }

            return proposal;
        }

        private void ReadFrame(IInvocationOperation invocation, UNModelSymbols symbols)
        {
            if (Knowable.Argument(invocation, "body") is { } body && Knowable.TryGetBody(body, symbols, out BodyKind kind))
            {
                Body = kind;
            }

            if (Knowable.Argument(invocation, "date") is { } date && Knowable.TryGetDate(date, symbols, out int day))
            {
                Date = day;
                DateOperation = date;
            }
        }

        private void ReadChain(IOperation start, UNModelSymbols symbols, bool partial)
        {
            IOperation current = start;
            QuestionKind? question = null;
            IInvocationOperation? questionCall = null;
            bool questionKnown = true;
            bool built = false;
            while (current.Parent is IInvocationOperation call && call.Instance == current && UNModelSymbols.Same(call.TargetMethod.ContainingType, symbols.VoteBuilder))
            {
                current = call;
                string name = call.TargetMethod.Name;
                if (name == "Substantive" || name == "Procedural" || name == "SimpleMajority" || name == "TwoThirds" || name == "Question")
                {
                    questionCall = call;
                }

                switch (name)
                {
                    case "Substantive": question = QuestionKind.Substantive; break;
                    case "Procedural": question = QuestionKind.Procedural; break;
                    case "SimpleMajority": question = QuestionKind.SimpleMajority; break;
                    case "TwoThirds": question = QuestionKind.TwoThirds; break;
                    case "Question":
                        if (call.Arguments.Length == 1 && Knowable.TryGetEnum(call.Arguments[0].Value, symbols.QuestionKind, out int q))
                        {
                            question = (QuestionKind)q;
                        }
                        else
                        {
                            questionKnown = false;
                        }

                        break;
                    case "Yes":
                    case "No":
                    case "Abstain":
                    case "Absent":
                        if (Knowable.TryGetParams(call, out List<IOperation> states, out bool complete))
                        {
                            BallotsComplete &= complete;
                            foreach (IOperation state in states)
                            {
                                Ballots.Add(new BallotModel(Knowable.TryGetState(state, symbols)?.Packed ?? 0, ChoiceOf(name), false, state.Syntax.GetLocation(), null));
                            }
                        }
                        else
                        {
                            BallotsComplete = false;
                        }

                        break;
                    case "Veto":
                        if (call.Arguments.Length == 1)
                        {
                            IOperation state = call.Arguments[0].Value;
                            Ballots.Add(new BallotModel(Knowable.TryGetState(state, symbols)?.Packed ?? 0, BallotChoice.No, true, state.Syntax.GetLocation(), call));
                        }

                        break;
                    case "Ballots":
                        if (call.Arguments.Length == 1 && Knowable.TryGetElements(call.Arguments[0].Value, out List<IOperation> items, out bool all))
                        {
                            BallotsComplete &= all;
                            foreach (IOperation item in items)
                            {
                                BallotModel? ballot = ReadBallot(item, symbols);
                                if (ballot is null)
                                {
                                    BallotsComplete = false;
                                }
                                else
                                {
                                    Ballots.Add(ballot);
                                }
                            }
                        }
                        else
                        {
                            BallotsComplete = false;
                        }

                        break;
                    case "InArrears":
                        if (Knowable.TryGetParams(call, out List<IOperation> debtors, out _))
                        {
                            foreach (IOperation debtor in debtors)
                            {
                                int packed = Knowable.TryGetState(debtor, symbols)?.Packed ?? 0;
                                InArrears.Add((packed, packed != 0));
                            }
                        }

                        break;
                    case "On":
                        Proposal = call.Arguments.Length == 1 ? call.Arguments[0].Value : null;
                        break;
                    case "Declared":
                        Declared = call.Arguments.Length == 1 ? call.Arguments[0].Value : null;
                        break;
                    case "Build":
                        built = true;
                        break;
                }

                if (built)
                {
                    break;
                }
            }

            // Only a chain that reaches Build() is the whole vote: a builder kept in a variable may be changed later.
            if (!built || partial)
            {
                BallotsComplete = false;
                questionKnown = false;
            }

            if (questionKnown && Body is BodyKind body)
            {
                Question = question ?? (body == BodyKind.SecurityCouncil ? QuestionKind.Substantive : QuestionKind.SimpleMajority);
            }
            else if (questionKnown && question is not null)
            {
                Question = question;
            }

            // The question set in this chain, even when other statements might change it later.
            ExplicitQuestion = question;
            ExplicitQuestionCall = questionCall;
        }
    }
}
