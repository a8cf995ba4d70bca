using System;

namespace UNModel;

/// <summary>What an adopted text is in law.</summary>
public enum LegalEffectKind
{
    /// <summary>Not adopted: no effect.</summary>
    None = 0,

    /// <summary>A recommendation: General Assembly resolutions in general (Arts. 10-14), Security Council texts under Chapter VI or in exhortatory language.</summary>
    Recommendation = 1,

    /// <summary>Binding on the Members: Security Council decisions (Art. 25; Chapter VII, Art. 48).</summary>
    BindingOnMembers = 2,

    /// <summary>Binding inside the Organization: the budget (Art. 17), admission, suspension, expulsion, elections, the body's own procedure.</summary>
    BindingWithinOrganization = 3,

    /// <summary>An adopted amendment: it changes the draft, whose own vote decides the effect.</summary>
    AmendsDraft = 4,
}

/// <summary>The legal effect of a decision, with its explanation.</summary>
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
