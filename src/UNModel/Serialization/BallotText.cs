using System;

namespace UNModel.Serialization;

/// <summary>
/// The one JSON vocabulary of a ballot, shared by vote records (<c>"ballots": {"RUS": "Veto"}</c>) and the
/// <see cref="BallotJsonConverter"/> (<c>{"state": "RUS", "choice": "Veto"}</c>): <c>Yes</c>, <c>No</c>, <c>Abstain</c>,
/// <c>Absent</c>, and <c>Veto</c> for a permanent member's "no" meant as a veto.
/// </summary>
internal static class BallotText
{
    /// <summary>The words, as error messages list them.</summary>
    public const string Choices = "\"Yes\", \"No\", \"Abstain\", \"Absent\" or \"Veto\"";

    /// <summary>Whether the text is one of the words (case-sensitive).</summary>
    public static bool IsChoice(string? text) => text is "Yes" or "No" or "Abstain" or "Absent" or "Veto";

    /// <summary>The word for a ballot.</summary>
    public static string Of(Ballot ballot) => ballot.IsCastAsVeto ? "Veto" : ballot.Choice.ToString();

    /// <summary>The ballot of <paramref name="code"/> for a word <see cref="IsChoice"/> accepts.</summary>
    /// <exception cref="UNModelException">UNM0017 for a veto by a code outside the catalogue; UNM0001 for a veto by a state never a permanent member.</exception>
    public static Ballot Create(CountryCode code, string choice)
    {
        if (choice != "Veto")
        {
            return Ballot.Of(code, Enum.Parse<BallotChoice>(choice));
        }

        return MemberStates.TryGetState(code, out State? state)
            ? Ballot.Veto(state)
            : throw new UnknownCountryCodeException(code.Value + " is not a state in the catalogue", code.Value);
    }
}
