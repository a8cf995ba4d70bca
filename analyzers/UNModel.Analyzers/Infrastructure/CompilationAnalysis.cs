using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure.Domain;
using UNModel.Analyzers.Infrastructure.Flow;
using UNModel.Analyzers.Infrastructure.Model;
using UNModel.Analyzers.Rules;
using UNModel.Core;

namespace UNModel.Analyzers.Infrastructure
{
    /// <summary>
    /// The analysis of one compilation that references UNModel: the readers, the caches that last as long as the
    /// compilation, and the dispatch of each UNModel call to what checks it.
    /// </summary>
    internal sealed class CompilationAnalysis
    {
        private static readonly ImmutableDictionary<string, string?> VetoToNo = ImmutableDictionary<string, string?>.Empty.Add(VetoByNonPermanentMember.VetoToNoKey, "No");

        private readonly UNModelSymbols symbols;
        private readonly Dictionary<string, DiagnosticDescriptor> descriptors = new Dictionary<string, DiagnosticDescriptor>();
        private readonly ConstantFlow flow = new ConstantFlow();
        private readonly DomainReader reader;
        private readonly VoteReader votes;

        private CompilationAnalysis(UNModelSymbols symbols, ImmutableArray<DiagnosticDescriptor> all)
        {
            this.symbols = symbols;
            reader = new DomainReader(flow, symbols);
            votes = new VoteReader(reader);
            foreach (DiagnosticDescriptor descriptor in all)
            {
                descriptors[descriptor.Id] = descriptor;
            }
        }

        /// <summary>The symbols this analysis compares with.</summary>
        public UNModelSymbols Symbols => symbols;

        /// <summary>A call to a UNModel method (the caller has told it apart by name).</summary>
        [MethodImpl(JitOnce.Options)]
        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            context.CancellationToken.ThrowIfCancellationRequested();
            switch (method.ContainingType.Name)
            {
                case KnownMembers.Vote:
                    if (votes.IsEntry(invocation))
                    {
                        AnalyzeVote(context, invocation);
                    }

                    break;
                case KnownMembers.VoteBuilder:
                    CheckBuilderBallots(context, invocation);
                    if (votes.IsEntry(invocation))
                    {
                        AnalyzeVote(context, invocation);
                    }

                    break;
                case KnownMembers.Ballot:
                    CheckBallot(context, invocation);
                    break;
                case KnownMembers.Tally:
                    CheckCounts(context, invocation);
                    break;
                case KnownMembers.CountryCode when (method.Name == KnownMembers.From || method.Name == KnownMembers.Parse) && UNModelSymbols.Same(method.ContainingType, symbols.CountryCode):
                    UnknownCountryCode.CheckFrom(context, invocation, flow);
                    break;
                case KnownMembers.MemberStates when method.Name == KnownMembers.Get && UNModelSymbols.Same(method.ContainingType, symbols.MemberStates):
                    UnknownCountryCode.CheckGet(context, invocation, reader);
                    break;
                case KnownMembers.DocumentSymbol when (method.Name == KnownMembers.From || method.Name == KnownMembers.Parse) && UNModelSymbols.Same(method.ContainingType, symbols.DocumentSymbol):
                case KnownMembers.Proposal when method.Name == KnownMembers.Draft && UNModelSymbols.Same(method.ContainingType, symbols.Proposal):
                    MalformedDocumentSymbol.Check(context, invocation, reader);
                    break;
                case KnownMembers.DeclaredOutcome when method.Name == KnownMembers.Vetoed && UNModelSymbols.Same(method.ContainingType, symbols.DeclaredOutcome):
                    CheckDeclaredVetoes(context, invocation);
                    break;
                case KnownMembers.ElectionCandidate when method.Name == KnownMembers.Of && UNModelSymbols.Same(method.ContainingType, symbols.ElectionCandidate):
                    CheckCandidate(context, invocation);
                    break;
                case KnownMembers.ElectionRound when method.Name == KnownMembers.Of && UNModelSymbols.Same(method.ContainingType, symbols.ElectionRound):
                    AnalyzeElection(context, invocation);
                    break;
                case KnownMembers.Meeting when method.Name == KnownMembers.Create && UNModelSymbols.Same(method.ContainingType, symbols.Meeting):
                    AnalyzeMeeting(context, invocation);
                    break;
                case KnownMembers.SecurityCouncilBody when AbstentionTreatedAsVeto.IsPermanentMemberQuestion(method):
                    if (AbstentionTreatedAsVeto.IsFirstQuestion(invocation, flow, context.CancellationToken, out IOperation root))
                    {
                        AbstentionTreatedAsVeto.AnalyzeBlock(context, root, symbols, flow);
                    }

                    break;
            }
        }

        /// <summary>Reads the vote once, runs the runtime's checks, and reports each violation at its subject.</summary>
        [MethodImpl(JitOnce.Options)]
        private void AnalyzeVote(OperationAnalysisContext context, IInvocationOperation entry)
        {
            if (votes.Read(entry) is not VoteModel model)
            {
                return;
            }

            if (model.WithoutProposal && VoteRules.CheckProposalGiven(given: false) is { } missing)
            {
                Report(context, missing, ConstantFlow.NameToEnd(model.Entry), null);
            }

            // A ballot made by a helper is refused where the helper is called, as Ballot.Veto(...) written there would be.
            foreach (BallotRead ballot in model.Ballots)
            {
                if (ballot.Call is { } call && flow.IsFromHelper(call))
                {
                    CheckBallot(context, call);
                }
            }

            var found = new ViolationList(stopAtFirst: false);
            VoteRules.Check(model.Facts, found);
            foreach (Violation violation in found)
            {
                context.CancellationToken.ThrowIfCancellationRequested();

                // A builder kept in a local: the chain that holds VoteBuilder.In(...) (and On(...)) reports its frame and proposal, once.
                if (model.IsPartial && violation.Subject is Subject.Question or Subject.Date or Subject.DeclaredEffect)
                {
                    continue;
                }

                ImmutableDictionary<string, string?>? properties = violation.Kind switch
                {
                    ViolationKind.VetoByNonPermanent or ViolationKind.VetoOnProcedural => VetoToNo,
                    ViolationKind.DeclaredOutcomeContradicts when model.DeclaredInPlace => DeclaredOutcomeContradictsCounts.FixProperties(violation),
                    _ => null,
                };
                Report(context, violation, model.LocationOf(violation), properties);
            }
        }

        [MethodImpl(JitOnce.Options)]
        private void AnalyzeMeeting(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            if (ConstantFlow.Argument(invocation, KnownMembers.VotesParameter) is not { } argument || !flow.TryGetElements(argument, out ImmutableArray<IOperation> elements, out _))
            {
                return;
            }

            var meetingVotes = new List<MeetingVoteFacts>(elements.Length);
            foreach (IOperation element in elements)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                meetingVotes.Add(votes.ReadMeetingVote(element) ?? new MeetingVoteFacts());
            }

            BodyKind? body = ConstantFlow.Argument(invocation, KnownMembers.BodyParameter) is { } b && reader.TryGetBody(b, out BodyKind kind) ? kind : null;
            int? day = ConstantFlow.Argument(invocation, KnownMembers.DateParameter) is { } d && reader.TryGetDate(d, out int date) ? date : null;
            var found = new ViolationList(stopAtFirst: false);
            VoteRules.CheckMeeting(body, day, meetingVotes, found);
            foreach (Violation violation in found)
            {
                Report(context, violation, elements[violation.Index].Syntax.GetLocation(), null);
            }
        }

        /// <summary><c>ElectionCandidate.Of(state, votes)</c>: refused where made for an observer State or a code of no state (UNM0008, UNM0017).</summary>
        [MethodImpl(JitOnce.Options)]
        private void CheckCandidate(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            if (invocation.Arguments.Length == 2 && invocation.Arguments[0].Value is { } state && reader.TryGetState(state) is { } record
                && ElectionRules.CheckCandidate(record.Packed) is { } violation)
            {
                Report(context, violation, state.Syntax.GetLocation(), null);
            }
        }

        /// <summary>
        /// <c>ElectionRound.Of(body, date, question, places, …, candidates)</c>: the election of that body (UNM0012), its date
        /// (UNM0015) and each candidate that can be read: of the kind the election takes (UNM0016), a Member on the date
        /// (UNM0008), not listed twice (UNM0003). An observer or unknown code is the candidate factory's report.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private void AnalyzeElection(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            if (ConstantFlow.Argument(invocation, KnownMembers.BodyParameter) is not { } bodyArgument || !reader.TryGetBody(bodyArgument, out BodyKind body)
                || ConstantFlow.Argument(invocation, KnownMembers.DateParameter) is not { } dateArgument || !reader.TryGetDate(dateArgument, out int day)
                || ConstantFlow.Argument(invocation, KnownMembers.QuestionParameter) is not { } questionArgument || !flow.TryGetEnum(questionArgument, symbols.QuestionKind, out int question))
            {
                return;
            }

            var election = new ElectionFacts { Body = body, Day = day, Question = (QuestionKind)question };
            if (!ElectionRules.IsElection(body, election.Question))
            {
                Report(context, new Violation(RuleIds.QuestionKindNotValidForBody, ViolationKind.NotAnElection, Subject.Question) { Body = body, Question = election.Question }, questionArgument.Syntax.GetLocation(), null);
                return;
            }

            Violation? frame = day < CharterFacts.FirstMeeting(body) ? new Violation(RuleIds.BodyNotInExistence, ViolationKind.BodyNotInExistence, Subject.Date) { Body = body, Day = day }
                : day < CharterFacts.QuestionPossibleFrom(election.Question) ? new Violation(RuleIds.BodyNotInExistence, ViolationKind.QuestionBeforeBody, Subject.Date) { Question = election.Question, Day = day }
                : null;
            if (frame is not null)
            {
                Report(context, frame, dateArgument.Syntax.GetLocation(), null);
                return;
            }

            if (ConstantFlow.Argument(invocation, KnownMembers.CandidatesParameter) is not { } candidates || !flow.TryGetElements(candidates, out ImmutableArray<IOperation> elements, out _))
            {
                return;
            }

            var names = new HashSet<string>();
            for (int i = 0; i < elements.Length; i++)
            {
                ReadCandidate(elements[i], election);
                if (ElectionRules.CheckCandidateAt(election, i, names) is { } violation)
                {
                    Report(context, violation, elements[i].Syntax.GetLocation(), null);
                }
            }
        }

        /// <summary>Adds a candidate's name and State (<see cref="ElectionFacts.Person"/> for a person) as far as they are knowable; null and 0 otherwise.</summary>
        [MethodImpl(JitOnce.Options)]
        private void ReadCandidate(IOperation element, ElectionFacts election)
        {
            string? name = null;
            int state = 0;
            if (flow.Resolve(element) is IInvocationOperation { Arguments.Length: 2 } call && UNModelSymbols.Same(call.TargetMethod.ContainingType, symbols.ElectionCandidate))
            {
                IOperation first = call.Arguments[0].Value;
                if (call.TargetMethod.Name == KnownMembers.Person)
                {
                    state = ElectionFacts.Person;
                    name = flow.TryGetString(first, out string text) ? text : null;
                }
                else if (call.TargetMethod.Name == KnownMembers.Of && reader.TryGetState(first) is { IsObserver: false } record)
                {
                    state = record.Packed;
                    name = record.NameInText;
                }
            }

            election.Names.Add(name);
            election.States.Add(name is null ? 0 : state);
            election.Votes.Add(0);
        }

        /// <summary><c>Ballot.Yes/No/Abstain/Absent/Veto(state)</c> and <c>Ballot.Of(code, choice)</c>: refused where made for an observer, a code of no state, a veto by a state never a permanent member.</summary>
        [MethodImpl(JitOnce.Options)]
        private void CheckBallot(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            if (invocation.Instance is not null || invocation.Arguments.Length == 0 || !UNModelSymbols.Same(invocation.TargetMethod.ContainingType, symbols.Ballot))
            {
                return;
            }

            string name = invocation.TargetMethod.Name;
            IOperation first = invocation.Arguments[0].Value;
            if (name == KnownMembers.Of && invocation.Arguments.Length == 2)
            {
                int code = reader.TryGetCode(first);
                if (code != 0 && VoteRules.CheckVoter(code) is { } violation)
                {
                    Report(context, violation, first.Syntax.GetLocation(), null);
                }

                return;
            }

            if (DomainReader.ChoiceOf(name) is not null && invocation.Arguments.Length == 1)
            {
                CheckStateBallot(context, first, name == KnownMembers.Veto ? invocation : null);
            }
        }

        /// <summary>The builder's ballot calls: each state of <c>Yes(...)</c>, <c>No(...)</c>, <c>Abstain(...)</c>, <c>Absent(...)</c>, and <c>Veto(state)</c>.</summary>
        [MethodImpl(JitOnce.Options)]
        private void CheckBuilderBallots(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            string name = invocation.TargetMethod.Name;
            if (DomainReader.ChoiceOf(name) is null || !UNModelSymbols.Same(invocation.TargetMethod.ContainingType, symbols.VoteBuilder))
            {
                return;
            }

            if (name == KnownMembers.Veto)
            {
                if (invocation.Arguments.Length == 1)
                {
                    CheckStateBallot(context, invocation.Arguments[0].Value, invocation);
                }

                return;
            }

            if (flow.TryGetParams(invocation, out ImmutableArray<IOperation> states, out _))
            {
                foreach (IOperation state in states)
                {
                    CheckStateBallot(context, state, null);
                }
            }
        }

        [MethodImpl(JitOnce.Options)]
        private void CheckStateBallot(OperationAnalysisContext context, IOperation state, IInvocationOperation? vetoCall)
        {
            if (reader.TryGetState(state) is not StateRecord record)
            {
                return;
            }

            if (VoteRules.CheckVoter(record.Packed) is { } voter)
            {
                Report(context, voter, state.Syntax.GetLocation(), null);
            }
            else if (vetoCall is not null && VoteRules.CheckVetoBallot(record.Packed) is { } veto)
            {
                Report(context, veto, ConstantFlow.NameToEnd(vetoCall), VetoToNo);
            }
        }

        /// <summary><c>DeclaredOutcome.Vetoed(...)</c>: each state named must have held a permanent seat (the claim is refused where made).</summary>
        [MethodImpl(JitOnce.Options)]
        private void CheckDeclaredVetoes(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            if (invocation.Arguments.Length != 1)
            {
                return;
            }

            bool asStates = invocation.Arguments[0].Parameter is { IsParams: true };
            ImmutableArray<IOperation> values;
            if (!(asStates ? flow.TryGetParams(invocation, out values, out _) : flow.TryGetElements(invocation.Arguments[0].Value, out values, out _)))
            {
                return;
            }

            foreach (IOperation value in values)
            {
                int packed = asStates ? reader.TryGetState(value)?.Packed ?? 0 : reader.TryGetCode(value);
                if (packed != 0 && VoteRules.CheckDeclaredVeto(packed) is { } violation)
                {
                    Report(context, violation, value.Syntax.GetLocation(), null);
                }
            }
        }

        /// <summary><c>Tally.From</c> and <c>Tally.Partial</c>: each constant count between 0 and the largest membership.</summary>
        [MethodImpl(JitOnce.Options)]
        private void CheckCounts(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            string name = invocation.TargetMethod.Name;
            if ((name != KnownMembers.From && name != KnownMembers.Partial) || !UNModelSymbols.Same(invocation.TargetMethod.ContainingType, symbols.Tally))
            {
                return;
            }

            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter && flow.TryGetInt(argument.Value, out int count)
                    && VoteRules.CheckCount(parameter.Name, count) is { } violation)
                {
                    Report(context, violation, argument.Value.Syntax.GetLocation(), null);
                }
            }
        }

        /// <summary>Reports a violation; one found in a helper's body read at a call is reported at the call, without a fix (the fix would edit the helper).</summary>
        [MethodImpl(JitOnce.Options)]
        private void Report(OperationAnalysisContext context, Violation violation, Location location, ImmutableDictionary<string, string?>? properties)
        {
            location = flow.InSource(location, out bool moved);
            context.ReportDiagnostic(Diagnostic.Create(descriptors[violation.RuleId], location, moved ? null : properties, RuleMessages.Format(violation)));
        }

        /// <summary>
        /// The analysis of one compilation, made at the first use of UNModel from the assembly that declares what is used,
        /// and then shared by every action of the compilation (actions run concurrently; a race makes two, one is kept).
        /// </summary>
        internal sealed class Slot
        {
            /// <summary>At most this many types are remembered (UNModel declares fewer types with methods).</summary>
            private const int MaxRememberedTypes = 64;

            private readonly ImmutableArray<DiagnosticDescriptor> descriptors;
            private readonly object gate = new object();
            private CompilationAnalysis? analysis;

            /// <summary>The types of the library whose methods have been called so far, compared by object (copied on write).</summary>
            private INamedTypeSymbol[] unmodelTypes = System.Array.Empty<INamedTypeSymbol>();

            public Slot(ImmutableArray<DiagnosticDescriptor> descriptors) => this.descriptors = descriptors;

            /// <summary>
            /// Each invocation of the compilation: a method of a type already known to be UNModel's is analysed at once;
            /// calls to anything else are skipped by name.
            /// </summary>
            [MethodImpl(JitOnce.Options)]
            public void OnInvocation(OperationAnalysisContext context)
            {
                IMethodSymbol method = ((IInvocationOperation)context.Operation).TargetMethod;
                INamedTypeSymbol? type = method.ContainingType;
                if (type is null)
                {
                    return;
                }

                if (Holds(Volatile.Read(ref unmodelTypes), type))
                {
                    // A type is remembered only once the analysis exists.
                    Volatile.Read(ref analysis)!.AnalyzeInvocation(context);
                }
                else if (UNModelSymbols.IsInUNModelNamespace(type) && For(method.ContainingAssembly) is { } made)
                {
                    Remember(type);
                    made.AnalyzeInvocation(context);
                }
            }

            /// <summary>Each <c>default</c> and <c>new</c>: only UNModel's value objects are looked at (UNM0009).</summary>
            [MethodImpl(JitOnce.Options)]
            public void OnValue(OperationAnalysisContext context)
            {
                ITypeSymbol? type = context.Operation.Type;
                if (UNModelSymbols.MayBeValueObject(type) && For(type!.ContainingAssembly) is { } resolved)
                {
                    UninitializedValueObject.Analyze(context, resolved.Symbols);
                }
            }

            /// <summary>Keeps a type found to be UNModel's (once per type; on the usual tiers).</summary>
            private void Remember(INamedTypeSymbol type)
            {
                lock (gate)
                {
                    INamedTypeSymbol[] known = unmodelTypes;
                    if (known.Length >= MaxRememberedTypes || Holds(known, type))
                    {
                        return;
                    }

                    var more = new INamedTypeSymbol[known.Length + 1];
                    System.Array.Copy(known, more, known.Length);
                    more[known.Length] = type;
                    Volatile.Write(ref unmodelTypes, more);
                }
            }

            [MethodImpl(JitOnce.Options)]
            private static bool Holds(INamedTypeSymbol[] types, INamedTypeSymbol type)
            {
                foreach (INamedTypeSymbol known in types)
                {
                    if (ReferenceEquals(known, type))
                    {
                        return true;
                    }
                }

                return false;
            }

            /// <summary>The analysis, or null when <paramref name="assembly"/> is not the UNModel library.</summary>
            [MethodImpl(JitOnce.Options)]
            public CompilationAnalysis? For(IAssemblySymbol? assembly)
            {
                CompilationAnalysis? made = Volatile.Read(ref analysis);
                if (made is not null)
                {
                    // Only UNModel's own methods and types: a look-alike UNModel namespace in another assembly is not analysed.
                    IAssemblySymbol unmodel = made.symbols.Ballot.ContainingAssembly;
                    return ReferenceEquals(assembly, unmodel) || SymbolEqualityComparer.Default.Equals(assembly, unmodel) ? made : null;
                }

                if (!UNModelSymbols.TryCreate(assembly, out UNModelSymbols symbols))
                {
                    return null;
                }

                made = new CompilationAnalysis(symbols, descriptors);
                return Interlocked.CompareExchange(ref analysis, made, null) ?? made;
            }
        }
    }
}
