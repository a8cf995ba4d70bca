using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;

namespace UNModel.Serialization;

/// <summary>
/// The fields of a proposal as vote records write them, flat beside the vote's own (<c>docs/vote-record-format.md</c>):
/// <c>document</c>, <c>kind</c>, <c>amends</c>, <c>title</c>, <c>basis</c>, <c>language</c>, <c>declaredEffect</c>,
/// <c>partiesToDispute</c>. Each is written only where it differs from what its kind implies, so a plain draft is
/// <c>{"document": "S/2025/112"}</c>; read back, they make the same <see cref="Proposal"/>.
/// </summary>
internal sealed class ProposalFields
{
    /// <summary>The field names, as an error message lists them.</summary>
    public const string Names = "document, kind, amends, title, basis, language, declaredEffect, partiesToDispute";

    /// <summary>The title of a motion a record names by no field (a record without a document).</summary>
    public const string UnnamedMotion = "the question put to the vote";

    public DocumentSymbol? Document { get; set; }

    public ProposalKind? Kind { get; set; }

    public DocumentSymbol? Amends { get; set; }

    public string? Title { get; set; }

    public CharterBasis? Basis { get; set; }

    public OperativeLanguage? Language { get; set; }

    public LegalEffectKind? DeclaredEffect { get; set; }

    public ImmutableArray<CountryCode>? PartiesToDispute { get; set; }

    /// <summary>Whether a field name is one of these.</summary>
    public static bool IsField(string name) =>
        name is "document" or "kind" or "amends" or "title" or "basis" or "language" or "declaredEffect" or "partiesToDispute";

    /// <summary>Whether the field holds an array of texts (<c>basis</c>, <c>partiesToDispute</c>) rather than one text.</summary>
    public static bool IsList(string name) => name is "basis" or "partiesToDispute";

    /// <summary>Sets a field written as one text; throws a <see cref="UNModelException"/> (subject the field) for a bad value.</summary>
    public void Set(string name, string text)
    {
        switch (name)
        {
            case "document": Document = Symbol(name, text); break;
            case "kind": Kind = Name<ProposalKind>(name, text); break;
            case "amends": Amends = Symbol(name, text); break;
            case "title": Title = text; break;
            case "language": Language = Name<OperativeLanguage>(name, text); break;
            case "declaredEffect": DeclaredEffect = Name<LegalEffectKind>(name, text); break;
            default: throw new MalformedRecordException(RuleIds.MalformedRecord, "'" + name + "' must be an array", name);
        }
    }

    /// <summary>Sets a field written as an array of texts; throws a <see cref="UNModelException"/> for a bad element.</summary>
    public void SetList(string name, IReadOnlyList<string> items)
    {
        if (name == "basis")
        {
            CharterBasis basis = CharterBasis.None;
            foreach (string item in items)
            {
                basis |= Name<CharterBasis>(name, item);
            }

            Basis = basis;
            return;
        }

        ImmutableArray<CountryCode>.Builder codes = ImmutableArray.CreateBuilder<CountryCode>(items.Count);
        foreach (string item in items)
        {
            codes.Add(CountryCode.TryFrom(item, out CountryCode code) ? code : throw new UnknownCountryCodeException(Core.CharterFacts.Codes.WhyNotAccepted(item), item));
        }

        PartiesToDispute = codes.MoveToImmutable();
    }

    /// <summary>
    /// The proposal: a draft when a document is given and no kind, a motion otherwise; then the basis, language, declared
    /// effect and parties given. Throws <see cref="MalformedRecordException"/> (UNM0016, subject the field) for a draft
    /// without its document or an amendment without the draft it amends.
    /// </summary>
    public Proposal Build()
    {
        ProposalKind kind = Kind ?? (Document is null ? ProposalKind.Motion : ProposalKind.Draft);
        Proposal proposal = kind switch
        {
            ProposalKind.Draft => Proposal.Draft(Document ?? throw Missing("document", "a draft needs its 'document'"), Title),
            ProposalKind.Amendment => Proposal.Amendment(Document, Amends ?? throw Missing("amends", "an amendment needs 'amends', the symbol of the draft it amends"), Title),
            _ => Proposal.Motion(Title ?? UnnamedMotion, Amends),
        };
        if (kind == ProposalKind.Motion && Document is not null)
        {
            throw Missing("document", "a motion has no document of its own; name the draft it concerns as 'amends'");
        }

        if (Basis is CharterBasis basis)
        {
            proposal = proposal.WithBasis(basis);
        }

        if (Language is OperativeLanguage language)
        {
            proposal = proposal.WithLanguage(language);
        }

        if (DeclaredEffect is LegalEffectKind effect)
        {
            proposal = proposal.WithDeclaredEffect(effect);
        }

        return PartiesToDispute is { } parties ? proposal.WithPartiesToDispute(parties) : proposal;
    }

    /// <summary>Writes the fields of <paramref name="proposal"/> that differ from what its kind implies.</summary>
    public static void Write(Utf8JsonWriter writer, Proposal proposal)
    {
        if (proposal.Symbol is DocumentSymbol symbol)
        {
            writer.WriteString("document", symbol.Value);
        }

        ProposalKind implied = proposal.Symbol is null ? ProposalKind.Motion : ProposalKind.Draft;
        if (proposal.Kind != implied)
        {
            writer.WriteString("kind", proposal.Kind.ToString());
        }

        if (proposal.Amends is DocumentSymbol amends)
        {
            writer.WriteString("amends", amends.Value);
        }

        if (proposal.Title is string title)
        {
            writer.WriteString("title", title);
        }

        Proposal plain = Plain(proposal);
        if (proposal.Basis != plain.Basis)
        {
            writer.WriteStartArray("basis");
            foreach (CharterBasis flag in System.Enum.GetValues<CharterBasis>())
            {
                if (flag != CharterBasis.None && (proposal.Basis & flag) == flag)
                {
                    writer.WriteStringValue(flag.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (proposal.Language != plain.Language)
        {
            writer.WriteString("language", proposal.Language.ToString());
        }

        if (proposal.DeclaredEffect is LegalEffectKind effect)
        {
            writer.WriteString("declaredEffect", effect.ToString());
        }

        if (!proposal.PartiesToDispute.IsEmpty)
        {
            writer.WriteStartArray("partiesToDispute");
            foreach (CountryCode code in proposal.PartiesToDispute)
            {
                writer.WriteStringValue(code.Value);
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>The proposal of the same kind as its factory makes it (the basis and language its kind implies).</summary>
    private static Proposal Plain(Proposal proposal) => proposal.Kind switch
    {
        ProposalKind.Motion => Proposal.Motion(proposal.Title ?? UnnamedMotion),
        ProposalKind.Amendment => Proposal.Amendment(null, proposal.Amends!.Value),
        _ => Proposal.Draft(proposal.Symbol!.Value),
    };

    private static MalformedRecordException Missing(string field, string message) => new(RuleIds.MalformedRecord, message, field);

    private static DocumentSymbol Symbol(string field, string text) =>
        DocumentSymbol.TryFrom(text, out DocumentSymbol symbol) ? symbol : throw new DocumentSymbolFormatException(text, DocumentSymbol.Normalize(text));

    private static T Name<T>(string field, string text)
        where T : struct, System.Enum =>
        JsonNames.TryParse(text, out T value)
            ? value
            : throw new MalformedRecordException(RuleIds.MalformedRecord, "'" + field + "' must be " + JsonNames.Choices<T>() + ", not \"" + JsonFields.Shown(text) + "\"", field);
}
