using System;

namespace UNModel;

/// <summary>
/// The base of every error UNModel raises for invalid input: it names the rule (<see cref="RuleId"/>, one of
/// <see cref="RuleIds"/>) and the item at fault (<see cref="Subject"/>).
/// </summary>
public class UNModelException : Exception
{
    /// <summary>Creates an exception for a broken rule.</summary>
    /// <param name="ruleId">The rule id, e.g. <see cref="RuleIds.VetoByNonPermanentMember"/>.</param>
    /// <param name="message">A sentence that says what is wrong and why.</param>
    /// <param name="subject">The offending item (a country code, a symbol, a field), if any.</param>
    public UNModelException(string ruleId, string message, string? subject = null)
        : base(ruleId + ": " + message)
    {
        RuleId = ruleId;
        Subject = subject;
    }

    /// <summary>Creates an exception for a broken rule with an inner cause.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="message">A sentence that says what is wrong and why.</param>
    /// <param name="subject">The offending item, if any.</param>
    /// <param name="innerException">The cause.</param>
    public UNModelException(string ruleId, string message, string? subject, Exception? innerException)
        : base(ruleId + ": " + message, innerException)
    {
        RuleId = ruleId;
        Subject = subject;
    }

    /// <summary>The id of the broken rule, e.g. <c>UNM0001</c>.</summary>
    public string RuleId { get; }

    /// <summary>The offending item, e.g. <c>SVN</c> or <c>S/RES/2774(2025)</c>; null when the whole record is at fault.</summary>
    public string? Subject { get; }
}

/// <summary>A construction that the Charter of the United Nations or the rules of procedure forbid.</summary>
public sealed class CharterViolationException : UNModelException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="message">A sentence citing the article or rule.</param>
    /// <param name="subject">The offending item, if any.</param>
    public CharterViolationException(string ruleId, string message, string? subject = null)
        : base(ruleId, message, subject)
    {
    }
}

/// <summary>A value object used without being created by its factory (<c>default</c> or an uninitialized field).</summary>
public sealed class UninitializedValueObjectException : UNModelException
{
    /// <summary>Creates the exception for the named type.</summary>
    /// <param name="typeName">The value object's type, e.g. <c>CountryCode</c>.</param>
    public UninitializedValueObjectException(string typeName)
        : base(RuleIds.UninitializedValueObject, "this " + typeName + " was never initialized (default or new); create it with " + typeName + ".From(...).", typeName)
    {
    }
}

/// <summary>Input that is malformed as data: a field missing, unknown, duplicated or of the wrong type, or bad JSON.</summary>
public sealed class MalformedRecordException : UNModelException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleId">The rule id (usually <see cref="RuleIds.MalformedRecord"/>).</param>
    /// <param name="message">What is wrong, with its place.</param>
    /// <param name="subject">The field or value at fault.</param>
    /// <param name="innerException">The cause, if any.</param>
    public MalformedRecordException(string ruleId, string message, string? subject = null, Exception? innerException = null)
        : base(ruleId, message, subject, innerException)
    {
    }
}
