using UNModel.Core;

namespace UNModel;

/// <summary>The runtime's side of the shared checks (<see cref="VoteRules"/>): a violation becomes the exception of its rule.</summary>
internal static class Violations
{
    /// <summary>The exception for a violation, with the shared sentence (<see cref="RuleMessages"/>) and its subject.</summary>
    public static UNModelException ToException(Violation violation)
    {
        string message = RuleMessages.Format(violation);
        string? subject = RuleMessages.SubjectOf(violation);
        if (violation.RuleId == RuleIds.MalformedRecord)
        {
            return new MalformedRecordException(violation.RuleId, message, subject);
        }

        if (violation.Kind == ViolationKind.UnknownState)
        {
            return new UnknownCountryCodeException(message, subject);
        }

        // An impossible count is bad data, not a breach of the Charter.
        return violation.Kind is ViolationKind.CountOutOfRange or ViolationKind.ElectionCountOutOfRange
            or ViolationKind.CandidateVotesExceed or ViolationKind.CandidateVotesExceedBallots
            ? new UNModelException(violation.RuleId, message, subject)
            : new CharterViolationException(violation.RuleId, message, subject);
    }

    /// <summary>Throws the first violation found, if any.</summary>
    public static void ThrowFirst(ViolationList found)
    {
        if (found.Count > 0)
        {
            throw ToException(found[0]);
        }
    }

    /// <summary>Throws the violation, if any.</summary>
    public static void ThrowIf(Violation? violation)
    {
        if (violation is not null)
        {
            throw ToException(violation);
        }
    }
}
