using System;
using System.Text.Json.Serialization;
using UNModel.Serialization;

namespace UNModel;

/// <summary>The legal effect of a decision, with its explanation.</summary>
[JsonConverter(typeof(LegalEffectJsonConverter))]
public sealed class LegalEffect : IEquatable<LegalEffect>
{
    internal LegalEffect(LegalEffectKind kind, string explanation)
    {
        Kind = kind;
        Explanation = explanation;
    }

    /// <summary>The kind of effect.</summary>
    public LegalEffectKind Kind { get; }

    /// <summary>One or two sentences citing the Charter article that gives the effect.</summary>
    public string Explanation { get; }

    /// <inheritdoc/>
    public bool Equals(LegalEffect? other) => other is not null && other.Kind == Kind && other.Explanation == Explanation;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LegalEffect);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Explanation);

    /// <summary>The explanation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Explanation;
}
