using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using UNModel.Serialization;

namespace UNModel;

/// <summary>A draft, amendment or motion put to a body. Immutable; the <c>With…</c> methods return changed copies.</summary>
[JsonConverter(typeof(ProposalJsonConverter))]
public sealed class Proposal : IEquatable<Proposal>
{
    private Proposal(ProposalKind kind, DocumentSymbol? symbol, DocumentSymbol? amends, string? title, CharterBasis basis, OperativeLanguage language, LegalEffectKind? declaredEffect, ImmutableArray<CountryCode> partiesToDispute)
    {
        Kind = kind;
        Symbol = symbol;
        Amends = amends;
        Title = title;
        Basis = basis;
        Language = language;
        DeclaredEffect = declaredEffect;
        PartiesToDispute = partiesToDispute;
    }

    /// <summary>Draft, amendment or motion.</summary>
    public ProposalKind Kind { get; }

    /// <summary>The document symbol, or null for an oral amendment, a motion, or where the record does not give it.</summary>
    public DocumentSymbol? Symbol { get; }

    /// <summary>For an amendment, the draft it amends.</summary>
    public DocumentSymbol? Amends { get; }

    /// <summary>A short description, e.g. the title of the draft or what the amendment changes.</summary>
    public string? Title { get; }

    /// <summary>The Charter basis the text states.</summary>
    public CharterBasis Basis { get; }

    /// <summary>Whether the operative paragraphs decide or exhort.</summary>
    public OperativeLanguage Language { get; }

    /// <summary>The legal effect its authors claim for it, checked against the Charter (UNM0006).</summary>
    public LegalEffectKind? DeclaredEffect { get; }

    /// <summary>States party to the dispute the text concerns: they abstain on Chapter VI and Art. 52(3) decisions (Art. 27(3), UNM0013).</summary>
    public ImmutableArray<CountryCode> PartiesToDispute { get; }

    /// <summary>A draft resolution or decision.</summary>
    /// <param name="symbol">Its symbol, e.g. <c>A/ES-11/L.10</c>.</param>
    /// <param name="title">Its title.</param>
    /// <returns>The proposal.</returns>
    public static Proposal Draft(DocumentSymbol symbol, string? title = null) =>
        new(ProposalKind.Draft, Check(symbol, nameof(symbol)), null, title, CharterBasis.None, OperativeLanguage.Hortatory, null, ImmutableArray<CountryCode>.Empty);

    /// <summary>A draft resolution by the text of its symbol.</summary>
    /// <param name="symbol">Its canonical symbol.</param>
    /// <param name="title">Its title.</param>
    /// <returns>The proposal.</returns>
    /// <exception cref="DocumentSymbolFormatException">UNM0010 for a malformed symbol.</exception>
    public static Proposal Draft(string symbol, string? title = null) => Draft(DocumentSymbol.From(symbol), title);

    /// <summary>An amendment to a draft.</summary>
    /// <param name="symbol">The amendment's symbol, or null for an oral amendment.</param>
    /// <param name="amends">The draft it amends.</param>
    /// <param name="title">What it changes.</param>
    /// <returns>The proposal.</returns>
    public static Proposal Amendment(DocumentSymbol? symbol, DocumentSymbol amends, string? title = null) =>
        new(ProposalKind.Amendment, symbol is { } s ? Check(s, nameof(symbol)) : null, Check(amends, nameof(amends)), title, CharterBasis.None, OperativeLanguage.Hortatory, null, ImmutableArray<CountryCode>.Empty);

    /// <summary>A procedural motion.</summary>
    /// <param name="title">What it moves, e.g. "to postpone the meeting".</param>
    /// <param name="concerning">The draft it concerns, if any.</param>
    /// <returns>The proposal.</returns>
    public static Proposal Motion(string title, DocumentSymbol? concerning = null) =>
        new(ProposalKind.Motion, null, concerning, Preconditions.CheckNotNull(title, nameof(title)), CharterBasis.InternalProcedure, OperativeLanguage.Decides, null, ImmutableArray<CountryCode>.Empty);

    /// <summary>A copy with a stated Charter basis.</summary>
    /// <param name="basis">The basis.</param>
    /// <returns>The changed copy.</returns>
    public Proposal WithBasis(CharterBasis basis) => new(Kind, Symbol, Amends, Title, basis, Language, DeclaredEffect, PartiesToDispute);

    /// <summary>A copy with the language of its operative paragraphs.</summary>
    /// <param name="language">Decides or exhorts.</param>
    /// <returns>The changed copy.</returns>
    public Proposal WithLanguage(OperativeLanguage language)
    {
        Preconditions.CheckDefined(language, nameof(language));
        return new(Kind, Symbol, Amends, Title, Basis, language, DeclaredEffect, PartiesToDispute);
    }

    /// <summary>A copy that declares a legal effect (checked when the vote is built: UNM0006).</summary>
    /// <param name="effect">The effect claimed.</param>
    /// <returns>The changed copy.</returns>
    public Proposal WithDeclaredEffect(LegalEffectKind effect)
    {
        Preconditions.CheckDefined(effect, nameof(effect));
        return new(Kind, Symbol, Amends, Title, Basis, Language, effect, PartiesToDispute);
    }

    /// <summary>A copy naming the parties to the dispute (Art. 27(3)).</summary>
    /// <param name="parties">The parties.</param>
    /// <returns>The changed copy.</returns>
    public Proposal WithPartiesToDispute(IEnumerable<CountryCode> parties) =>
        new(Kind, Symbol, Amends, Title, Basis, Language, DeclaredEffect, [.. Preconditions.CheckNotNull(parties, nameof(parties))]);

    /// <summary>Equality of two proposals.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether both are of the same kind, symbol, draft amended, title, basis, language, declared effect and parties (in any order).</returns>
    public static bool operator ==(Proposal? left, Proposal? right) => Equals(left, right);

    /// <summary>Inequality of two proposals.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Proposal? left, Proposal? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(Proposal? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Kind == other.Kind && Nullable.Equals(Symbol, other.Symbol) && Nullable.Equals(Amends, other.Amends)
                && string.Equals(Title, other.Title, StringComparison.Ordinal) && Basis == other.Basis && Language == other.Language
                && DeclaredEffect == other.DeclaredEffect && ModelEquality.SameSet(PartiesToDispute, other.PartiesToDispute)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Proposal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Symbol, Amends, Title is null ? 0 : StringComparer.Ordinal.GetHashCode(Title), Basis, Language, DeclaredEffect, ModelEquality.SetHash(PartiesToDispute));

    /// <summary>The symbol, or the title for proposals without one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Symbol?.Value ?? (Kind == ProposalKind.Amendment ? "amendment to " + Amends?.Value : Title ?? Kind.ToString());

    private static DocumentSymbol Check(DocumentSymbol symbol, string paramName)
    {
        if (!symbol.IsInitialized())
        {
            throw new UninitializedValueObjectException(nameof(DocumentSymbol) + " (" + paramName + ")");
        }

        return symbol;
    }
}
