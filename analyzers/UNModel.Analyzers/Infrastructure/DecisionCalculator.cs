using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Core;

namespace UNModel.Analyzers.Infrastructure
{
    /// <summary>The engine's decision on a vote whose counts are all knowable, with the shared arithmetic of <see cref="CharterRules"/>.</summary>
    internal static class DecisionCalculator
    {
        /// <summary>The largest count <c>Tally.From</c> accepts.</summary>
        public const int MaxCount = 1000;

        /// <summary>Decides the vote; false when anything it needs is not knowable or the runtime would reject the vote earlier.</summary>
        public static bool TryDecide(VoteModel vote, UNModelSymbols symbols, out DecisionReason reason, out int yes, out int required, out List<int> vetoedBy)
        {
            reason = default;
            yes = 0;
            required = 0;
            vetoedBy = new List<int>();
            if (vote.Body is not BodyKind body || vote.Date is not int day || vote.Question is not QuestionKind question || !CharterRules.IsValidQuestion(body, question)
                || day < CharterFacts.FirstMeeting(body))
            {
                return false;
            }

            int no;
            var permanentNo = new List<int>();
            if (vote.IsTally)
            {
                if (!TryReadTally(vote.Tally, out int y, out int? n, out _))
                {
                    return false;
                }

                yes = y;
                if (body != BodyKind.SecurityCouncil)
                {
                    if (n is not int known)
                    {
                        return false;
                    }

                    no = known;
                }
                else
                {
                    no = n ?? 0;
                    if (vote.PermanentNo is null)
                    {
                        // The runtime asks for the permanent members' votes when the draft has the votes (UNM0016).
                        if (question == QuestionKind.Substantive && yes >= CharterFacts.CouncilAffirmativeVotes(day))
                        {
                            return false;
                        }
                    }
                    else
                    {
                        if (!Knowable.TryGetElements(vote.PermanentNo, out List<IOperation> codes, out bool complete) || !complete)
                        {
                            return false;
                        }

                        foreach (IOperation code in codes)
                        {
                            int packed = Knowable.TryGetCode(code, symbols);
                            if (packed == 0 || !CharterFacts.IsPermanentMember(packed, day) || permanentNo.Contains(packed))
                            {
                                return false;
                            }

                            permanentNo.Add(packed);
                        }
                    }
                }
            }
            else
            {
                if (!vote.BallotsComplete)
                {
                    return false;
                }

                no = 0;
                var seen = new HashSet<int>();
                foreach (BallotModel ballot in vote.Ballots)
                {
                    if (ballot.Choice is not BallotChoice choice || VoterCheck.StatusOf(ballot, vote) != VoterStatus.Valid || !seen.Add(ballot.Packed))
                    {
                        return false;
                    }

                    if (ballot.IsVeto && (body != BodyKind.SecurityCouncil || !CharterFacts.IsPermanentMember(ballot.Packed, day) || question == QuestionKind.Procedural))
                    {
                        return false;
                    }

                    if (choice == BallotChoice.Yes)
                    {
                        yes++;
                    }
                    else if (choice == BallotChoice.No)
                    {
                        no++;
                        if (body == BodyKind.SecurityCouncil && CharterFacts.IsPermanentMember(ballot.Packed, day))
                        {
                            permanentNo.Add(ballot.Packed);
                        }
                    }
                }
            }

            reason = CharterRules.Decide(body, question, yes, no, permanentNo.Count, day, out required);
            if (reason == DecisionReason.Vetoed)
            {
                vetoedBy = permanentNo;
            }

            return true;
        }

        /// <summary>Reads <c>Tally.From(y, n, a)</c> or <c>Tally.Partial(y, n, a)</c> with constant counts (null for a count not given).</summary>
        public static bool TryReadTally(IOperation? operation, out int yes, out int? no, out int? abstain)
        {
            yes = 0;
            no = null;
            abstain = null;
            if (operation is null || Knowable.Resolve(operation) is not IInvocationOperation invocation || invocation.TargetMethod.ContainingType?.ToDisplayString() != "UNModel.Tally"
                || (invocation.TargetMethod.Name != "From" && invocation.TargetMethod.Name != "Partial"))
            {
                return false;
            }

            if (Knowable.Argument(invocation, "yes") is not { } y || !Knowable.TryGetInt(y, out yes))
            {
                return false;
            }

            if (!TryOptional(Knowable.Argument(invocation, "no"), out no) || !TryOptional(Knowable.Argument(invocation, "abstain"), out abstain))
            {
                return false;
            }

            // Tally.From throws for a count outside 0..1000 (UNM0004, reported where the tally is made): such a tally never
            // reaches a vote, and the arithmetic below stays far from overflow.
            return InRange(yes) && (no is not int n || InRange(n)) && (abstain is not int a || InRange(a));
        }

        private static bool InRange(int count) => count >= 0 && count <= MaxCount;

        private static bool TryOptional(IOperation? operation, out int? value)
        {
            value = null;
            if (operation is null)
            {
                return true;
            }

            IOperation op = Knowable.Unwrap(operation);
            if (op.ConstantValue is { HasValue: true, Value: null })
            {
                return true;
            }

            if (Knowable.TryGetInt(op, out int v))
            {
                value = v;
                return true;
            }

            return false;
        }
    }
}
