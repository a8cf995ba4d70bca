using System;

namespace UNModel;

/// <summary>
/// The base of every error UNModel raises for invalid input or a breach of the Charter: it names the rule
/// (<see cref="RuleId"/>, one of <see cref="RuleIds"/>) and the item at fault (<see cref="Subject"/>). A <c>null</c>
/// argument is a programming error, not input, and throws <see cref="ArgumentNullException"/> as in the rest of .NET.
/// </summary>
public class UNModelException : Exception
{
    /// <summary>The key of <see cref="Exception.Data"/> under which a value object's validation leaves the offending text.</summary>
    internal const string SubjectKey = "UNModel.Subject";

    private readonly string? subject;

    /// <summary>Creates an exception for a broken rule.</summary>
    /// <param name="ruleId">The rule id, e.g. <see cref="RuleIds.VetoByNonPermanentMember"/>.</param>
    /// <param name="message">A sentence that says what is wrong and why.</param>
    /// <param name="subject">The offending item (a country code, a symbol, a field), if any.</param>
    public UNModelException(string ruleId, string message, string? subject = null)
        : base(ruleId + ": " + message)
    {
        RuleId = ruleId;
        this.subject = subject;
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
        this.subject = subject;
    }

    /// <summary>The id of the broken rule, e.g. <c>UNM0001</c>.</summary>
    public string RuleId { get; }

    /// <summary>The offending item, e.g. <c>SVN</c> or <c>S/RES/2774(2025)</c>; null when the whole record is at fault.</summary>
    public string? Subject => subject ?? Data[SubjectKey] as string;
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

/// <summary>
/// A value object or model value used without being created by its factory: <c>default</c>, <c>new T()</c>, an
/// uninitialized field or array element (UNM0009). Every member of such an instance throws it, except
/// <c>IsInitialized()</c>, equality and hashing, and <c>ToString()</c> (and the formatting that agrees with it).
/// </summary>
public sealed class UninitializedValueObjectException : UNModelException
{
    /// <summary>Creates the exception for the named type.</summary>
    /// <param name="typeName">The type, e.g. <c>CountryCode</c>; the message names its factory.</param>
    public UninitializedValueObjectException(string typeName)
        : base(RuleIds.UninitializedValueObject, Core.RuleMessages.Uninitialized(typeName), typeName)
    {
    }
}

/// <summary>Input that is malformed as data: a field missing, unknown, duplicated or of the wrong type, or bad JSON (UNM0016).</summary>
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

/// <summary>
/// A question about who sat on a body on a date past what UNModel's data knows (<see cref="Body.MembersKnownThrough"/>):
/// the catalogue does not guess a roster. Ask <see cref="Body.KnowsMembersOn"/> first, or use <see cref="Body.TryGetVotersOn"/>.
/// </summary>
public sealed class MembershipUnknownException : UNModelException
{
    internal MembershipUnknownException(Body body, DateOnly date)
        : base(RuleIds.NotAMemberOfBody, "UNModel's data does not say who sat on the " + body.Name + " on " + Core.RuleMessages.Day(State.ToDay(date))
            + (body.MembersKnownThrough is DateOnly last ? " (its data ends on " + Core.RuleMessages.Day(State.ToDay(last)) + ")" : " (its roster is not shipped)"), body.Kind.ToString())
    {
        Body = body;
        Date = date;
    }

    /// <summary>The body asked about.</summary>
    public Body Body { get; }

    /// <summary>The date asked about.</summary>
    public DateOnly Date { get; }
}

/// <summary>A text that is not a country code <see cref="CountryCode"/> accepts (UNM0017); thrown by its factories and the catalogue.</summary>
public sealed class UnknownCountryCodeException : UNModelException
{
    /// <summary>Creates the exception; <see cref="CountryCode"/>'s generated factory calls this constructor.</summary>
    /// <param name="message">Why the text is not accepted.</param>
    public UnknownCountryCodeException(string message)
        : base(RuleIds.UnknownCountryCode, ValueObjectFailure.Message(nameof(CountryCode), message))
    {
    }

    /// <summary>Creates the exception for a code.</summary>
    /// <param name="message">Why the code is not accepted.</param>
    /// <param name="subject">The code.</param>
    internal UnknownCountryCodeException(string message, string? subject)
        : base(RuleIds.UnknownCountryCode, message, subject)
    {
    }
}

/// <summary>A text that is not a General Assembly session (<c>79</c>, <c>S-27</c>, <c>ES-11</c>) (UNM0016).</summary>
public sealed class SessionNumberFormatException : UNModelException
{
    /// <summary>Creates the exception; <see cref="SessionNumber"/>'s generated factory calls this constructor.</summary>
    /// <param name="message">Why the text is not a session.</param>
    public SessionNumberFormatException(string message)
        : base(RuleIds.MalformedRecord, ValueObjectFailure.Message(nameof(SessionNumber), message))
    {
    }
}

/// <summary>
/// A text that is not a canonical UN document symbol (UNM0010). A <see cref="UNModelException"/> since 0.3 (before, a
/// <see cref="FormatException"/>).
/// </summary>
public sealed class DocumentSymbolFormatException : UNModelException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="text">The malformed text.</param>
    /// <param name="canonical">The canonical form when the text is only mis-cased or mis-spaced.</param>
    public DocumentSymbolFormatException(string text, string? canonical)
        : base(RuleIds.MalformedDocumentSymbol, Core.RuleMessages.MalformedSymbol(text, canonical), text)
    {
        Text = text;
        Canonical = canonical;
    }

    /// <summary>The malformed text.</summary>
    public string Text { get; }

    /// <summary>The canonical form when the text only had the wrong case or spacing; otherwise null.</summary>
    public string? Canonical { get; }
}

/// <summary>
/// What a Vogen-generated factory hands to its exception's constructor: the sentence of a failed validation, or Vogen's
/// own words for a use of an uninitialized instance or a null input, which become UNModel's.
/// </summary>
internal static class ValueObjectFailure
{
    /// <summary>The message of a failed validation; throws <see cref="UninitializedValueObjectException"/> for Vogen's "uninitialized" report.</summary>
    /// <param name="typeName">The value object's type.</param>
    /// <param name="message">What Vogen passed.</param>
    /// <returns>The sentence for the exception.</returns>
    public static string Message(string typeName, string message)
    {
        ArgumentNullException.ThrowIfNull(message);

        // Vogen 8 reports a use of default(T) as "Use of uninitialized Value Object[ at: <stack>]" through the type's
        // exception; UNModel's answer to that is UNM0009 whatever the type (ValueObjectContractTests pins it).
        if (message.StartsWith("Use of uninitialized Value Object", StringComparison.Ordinal))
        {
            throw new UninitializedValueObjectException(typeName);
        }

        return message.StartsWith("Cannot create a value object with null", StringComparison.Ordinal)
            ? "null is not a " + typeName + "; create one with " + Core.RuleMessages.FactoryOf(typeName)
            : message;
    }

}
