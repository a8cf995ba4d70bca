// Shared between the runtime library and the analyzers: the symbols of the series beyond the organs' resolutions,
// drafts, records and sessional documents (DocumentSymbolGrammar): Main Committees, commissions, conferences,
// presidential statements, information series, the Secretariat's series, the treaty bodies.
using System;
using System.Runtime.CompilerServices;

namespace UNModel.Core
{
    /// <summary>
    /// The other series, component by component: a root (<c>A</c>, <c>S</c>, <c>E</c>, <c>T</c>, <c>ST</c> or a treaty body),
    /// then series words with an optional number or letter after a dot (<c>C.5</c>, <c>CN.9</c>, <c>WG.IV</c>, <c>SER.B</c>),
    /// sessions (<c>S-24</c>, <c>ES-11</c>), years and numbers, the draft, record and working-paper series (<c>L.20</c>,
    /// <c>PV.78</c>, <c>SR.209</c>, <c>WP.140</c>), then <c>Rev.</c>, <c>Add.</c>, <c>Corr.</c>, <c>Amend.</c>, and at the end
    /// <c> (Part II)</c>, <c> (Vol.I)</c> and a reissue asterisk. Symbols whose series the main grammar reads
    /// (<c>A/RES/…</c>, <c>A/79/…</c>, <c>S/2025/…</c>, <c>E/2023/…</c>, <c>A/HRC/55/…</c>) are left to it.
    /// <para>
    /// The components read on the way: the number of the last component when it is a number or an <c>L.</c>, <c>PV.</c>,
    /// <c>SR.</c>, <c>WP.</c> or <c>CRP.</c> one (<c>A/C.3/78/L.5</c>: 5); the component before it when it is a number, a
    /// year from 1945 (<c>S/PRST/2023/4</c>: 2023) or else a session (<c>A/C.3/78/L.5</c>: 78), or a special or emergency
    /// special session (<c>S-10</c>, <c>ES-11</c>); and the number of <c>Rev.</c>.
    /// </para>
    /// </summary>
    internal static class OtherSymbolGrammar
    {
        private const int MaxLength = 128;
        private const int MaxComponents = 12;

        private static readonly string[] Roots = { "A", "S", "E", "T", "ST", "CAT", "CCPR", "CED", "CEDAW", "CERD", "CESCR", "CMW", "CRC", "CRPD" };

        /// <summary>Series words written in mixed case; every other word is upper case.</summary>
        private static readonly string[] MixedCase = { "Rev", "Add", "Corr", "Amend", "Sub", "Agenda", "Suppl" };

        /// <summary>Words that always carry a number: the draft, record and paper series and the suffixes.</summary>
        private static readonly string[] Numbered = { "L", "PV", "SR", "WP", "CRP", "Rev", "Add", "Corr", "Amend" };

        private static readonly string[] Suffixes = { "Rev", "Add", "Corr", "Amend" };

        /// <summary>Whether the text is a canonical symbol of another series; its organ and kind (as in <see cref="SymbolParts"/>).</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool TryParse(ReadOnlySpan<char> text, out byte organ, out byte kind)
        {
            bool ok = TryParse(text, out SymbolParts parts);
            organ = parts.Organ;
            kind = parts.Kind;
            return ok;
        }

        /// <summary>
        /// Whether the text is a canonical symbol of another series; its parts: organ, kind, and the session or year,
        /// number and revision it writes (the rest of the text is not held in the parts: <see cref="SymbolParts.Other"/>).
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public static bool TryParse(ReadOnlySpan<char> text, out SymbolParts parts)
        {
            Span<char> canonical = stackalloc char[MaxLength];
            if (!Scan(text, lenient: false, canonical, out int written, out parts) || !canonical.Slice(0, written).SequenceEqual(text))
            {
                parts = default;
                return false;
            }

            parts.Other = true;
            return true;
        }

        /// <summary>The canonical form of a symbol of another series written with the wrong case or spacing, or null.</summary>
        [MethodImpl(JitOnce.Options)]
        public static string? Normalize(string text)
        {
            Span<char> canonical = stackalloc char[MaxLength];
            return Scan(text.AsSpan(), lenient: true, canonical, out int written, out _) ? canonical.Slice(0, written).ToString() : null;
        }

        [MethodImpl(JitOnce.Options)]
        private static bool Scan(ReadOnlySpan<char> text, bool lenient, Span<char> output, out int written, out SymbolParts parts)
        {
            written = 0;
            parts = default;
            byte organ;
            byte kind = DocumentSymbolGrammar.KindDocument;
            var s = new Scanner(text, lenient, output);
            s.Spaces();
            if (!s.Word(out int rootStart, out int rootLength) || s.Peek() == '.')
            {
                return false;
            }

            string? root = Known(Roots, s.Written(rootStart, rootLength));
            if (root is null)
            {
                return false;
            }

            s.Upper(rootStart, rootLength);

            organ = root switch
            {
                "A" => DocumentSymbolGrammar.OrganGeneralAssembly,
                "S" => DocumentSymbolGrammar.OrganSecurityCouncil,
                "E" => DocumentSymbolGrammar.OrganEconomicAndSocialCouncil,
                "T" => DocumentSymbolGrammar.OrganTrusteeshipCouncil,
                "ST" => DocumentSymbolGrammar.OrganSecretariat,
                _ => DocumentSymbolGrammar.OrganTreatyBody,
            };

            int components = 0;
            bool mainHasNumber = false;

            // The last two components before the suffixes, for the number and the session or year (see the summary).
            var last = default(Component);
            var previous = default(Component);
            bool inSuffixes = false;
            int suffixesSeen = 0;
            while (s.Slash())
            {
                if (++components > MaxComponents)
                {
                    return false;
                }

                if (s.IsDigit())
                {
                    if (inSuffixes || !s.Number(out int value))
                    {
                        return false;
                    }

                    previous = last;
                    last = new Component(Component.Plain, value, DocumentSymbolGrammar.SessionNone);

                    // A/, S/, E/ followed by a session or year belong to the main grammar.
                    if (components == 1 && (root == "A" || root == "S" || root == "E"))
                    {
                        return false;
                    }

                    mainHasNumber = true;
                    continue;
                }

                if (!s.Word(out int start, out int length))
                {
                    return false;
                }

                ReadOnlySpan<char> word = s.Written(start, length);

                // A root again ("CEDAW/C/GC/31/CRC/C/GC/18") is two symbols run together.
                if (length > 1 && Known(Roots, word) is not null)
                {
                    return false;
                }

                string? mixed = Known(MixedCase, word);
                if (mixed is not null)
                {
                    s.Rewrite(start, mixed);
                }
                else
                {
                    s.Upper(start, length);
                }

                word = s.Written(start, length);
                bool isSuffix = Known(Suffixes, word) is not null;
                if (isSuffix)
                {
                    int bit = 1 << Array.IndexOf(Suffixes, Known(Suffixes, word));
                    if (components == 1 || (suffixesSeen & bit) != 0)
                    {
                        return false;
                    }

                    suffixesSeen |= bit;
                    inSuffixes = true;
                }
                else if (inSuffixes)
                {
                    return false;
                }

                if ((word.SequenceEqual("S".AsSpan()) || word.SequenceEqual("ES".AsSpan())) && s.Peek() == '-')
                {
                    // A special or emergency special session: A/C.1/S-10/…; A/S-24/… and A/ES-11/… belong to the main grammar.
                    if (components == 1 && (root == "A" || root == "S" || root == "E"))
                    {
                        return false;
                    }

                    byte sessionKind = word.SequenceEqual("S".AsSpan()) ? DocumentSymbolGrammar.SessionSpecial : DocumentSymbolGrammar.SessionEmergencySpecial;
                    if (!s.Char('-') || !s.Number(out int session))
                    {
                        return false;
                    }

                    previous = last;
                    last = new Component(Component.Session, session, sessionKind);
                    continue;
                }

                bool main = components == 1 && (root == "A" || root == "S" || root == "E");
                if (main && (word.SequenceEqual("RES".AsSpan()) || word.SequenceEqual("L".AsSpan()) || word.SequenceEqual("PV".AsSpan())))
                {
                    return false;
                }

                if (components == 1 && root == "A" && word.SequenceEqual("HRC".AsSpan()) && s.PeekAfterSlashIsSessional())
                {
                    return false;
                }

                if (components == 1 && root == "A" && word.SequenceEqual("HRC".AsSpan()))
                {
                    organ = DocumentSymbolGrammar.OrganHumanRightsCouncil;
                }

                if (word.SequenceEqual("L".AsSpan()))
                {
                    kind = DocumentSymbolGrammar.KindDraft;
                }
                else if (word.SequenceEqual("PV".AsSpan()) || word.SequenceEqual("SR".AsSpan()))
                {
                    // A verbatim (PV.) or summary (SR.) record of a meeting.
                    kind = DocumentSymbolGrammar.KindMeetingRecord;
                }
                else if (word.SequenceEqual("RES".AsSpan()))
                {
                    kind = DocumentSymbolGrammar.KindResolution;
                }

                bool numbered = Known(Numbered, word) is not null;
                bool revision = word.SequenceEqual("Rev".AsSpan());
                if (!isSuffix)
                {
                    previous = last;
                    last = new Component(Component.Word, 0, DocumentSymbolGrammar.SessionNone);
                }

                if (s.Peek() == '.')
                {
                    s.Char('.');
                    s.Spaces();
                    if (s.IsDigit())
                    {
                        if (!s.Number(out int value))
                        {
                            return false;
                        }

                        mainHasNumber |= !isSuffix;
                        if (revision)
                        {
                            parts.Rev = value;
                        }
                        else if (numbered && !isSuffix)
                        {
                            last = new Component(Component.Numbered, value, DocumentSymbolGrammar.SessionNone);
                        }
                    }
                    else if (numbered || !s.Tail())
                    {
                        return false;
                    }
                    else if (!isSuffix)
                    {
                        mainHasNumber = false;
                    }
                }
                else if (numbered)
                {
                    return false;
                }
                else
                {
                    mainHasNumber = false;
                }
            }

            if (components == 0 || !mainHasNumber || !s.Trailers() || !s.AtEnd)
            {
                return false;
            }

            parts.Organ = organ;
            parts.Kind = kind;
            if (last.Type is Component.Plain or Component.Numbered)
            {
                parts.Number = last.Value;
                if (previous.Type == Component.Session)
                {
                    parts.SessionKind = previous.SessionKind;
                    parts.Session = previous.Value;
                }
                else if (previous.Type == Component.Plain && DocumentSymbolGrammar.IsYear(previous.Value))
                {
                    parts.SessionKind = DocumentSymbolGrammar.SessionYear;
                    parts.Year = previous.Value;
                }
                else if (previous.Type == Component.Plain)
                {
                    parts.SessionKind = DocumentSymbolGrammar.SessionRegular;
                    parts.Session = previous.Value;
                }
            }

            written = s.Position;
            return !s.Overflow;
        }

        [MethodImpl(JitOnce.Options)]
        private static string? Known(string[] words, ReadOnlySpan<char> word)
        {
            foreach (string known in words)
            {
                if (word.Equals(known.AsSpan(), StringComparison.OrdinalIgnoreCase))
                {
                    return known;
                }
            }

            return null;
        }

        /// <summary>A component of the symbol before its suffixes: a number, a numbered series word (<c>L.5</c>), a session (<c>S-10</c>) or another word.</summary>
        private readonly struct Component
        {
            public const byte Plain = 1;
            public const byte Numbered = 2;
            public const byte Session = 3;
            public const byte Word = 4;

            [MethodImpl(JitOnce.Options)]
            public Component(byte type, int value, byte sessionKind)
            {
                Type = type;
                Value = value;
                SessionKind = sessionKind;
            }

            /// <summary>0 for none.</summary>
            public byte Type { get; }

            public int Value { get; }

            public byte SessionKind { get; }
        }

        /// <summary>Reads the text and writes its canonical form at the same time.</summary>
        private ref struct Scanner
        {
            private readonly ReadOnlySpan<char> text;
            private readonly Span<char> output;
            private readonly bool lenient;
            private int pos;

            [MethodImpl(JitOnce.Options)]
            public Scanner(ReadOnlySpan<char> text, bool lenient, Span<char> output)
            {
                this.text = text;
                this.output = output;
                this.lenient = lenient;
                pos = 0;
                Position = 0;
                Overflow = false;
            }

            public int Position { get; private set; }

            public bool Overflow { get; private set; }

            public bool AtEnd
            {
                get
                {
                    Spaces();
                    return pos >= text.Length;
                }
            }

            /// <summary>Lenient reading skips white space; strict reading keeps it, so that it fails where it stands.</summary>
            [MethodImpl(JitOnce.Options)]
            public void Spaces()
            {
                while (lenient && pos < text.Length && char.IsWhiteSpace(text[pos]))
                {
                    pos++;
                }
            }

            [MethodImpl(JitOnce.Options)]
            public char Peek()
            {
                Spaces();
                return pos < text.Length ? text[pos] : '\0';
            }

            [MethodImpl(JitOnce.Options)]
            public bool IsDigit()
            {
                char c = Peek();
                return c >= '0' && c <= '9';
            }

            [MethodImpl(JitOnce.Options)]
            public bool Slash() => Char('/');

            [MethodImpl(JitOnce.Options)]
            public bool Char(char c)
            {
                if (Peek() != c)
                {
                    return false;
                }

                pos++;
                Put(c);
                return true;
            }

            /// <summary>A number without leading zeros (lenient reading drops them), and its value.</summary>
            [MethodImpl(JitOnce.Options)]
            public bool Number(out int value)
            {
                value = 0;
                Spaces();
                int start = pos;
                while (pos < text.Length && text[pos] >= '0' && text[pos] <= '9')
                {
                    pos++;
                }

                int length = pos - start;
                if (length == 0 || length > 9)
                {
                    return false;
                }

                ReadOnlySpan<char> digits = text.Slice(start, length);
                if (digits[0] == '0')
                {
                    if (!lenient)
                    {
                        return false;
                    }

                    digits = digits.TrimStart('0');
                    if (digits.IsEmpty)
                    {
                        return false;
                    }
                }

                foreach (char c in digits)
                {
                    Put(c);
                    value = (value * 10) + (c - '0');
                }

                return true;
            }

            /// <summary>Letters (at most 12), written as read; the caller sets their case.</summary>
            [MethodImpl(JitOnce.Options)]
            public bool Word(out int start, out int length)
            {
                Spaces();
                start = Position;
                int from = pos;
                while (pos < text.Length && IsLetter(text[pos]))
                {
                    Put(text[pos]);
                    pos++;
                }

                length = pos - from;
                return length > 0 && length <= 12;
            }

            /// <summary>The letters after a dot that are not a number: a Roman numeral (WG.IV) or one letter (SER.B), upper case.</summary>
            [MethodImpl(JitOnce.Options)]
            public bool Tail()
            {
                int start = Position;
                if (!Word(out _, out int length))
                {
                    return false;
                }

                Upper(start, length);
                ReadOnlySpan<char> tail = Written(start, length);
                return length == 1 || IsRoman(tail);
            }

            /// <summary>" (Part II)" or " (Vol.I)", then a reissue asterisk.</summary>
            [MethodImpl(JitOnce.Options)]
            public bool Trailers()
            {
                int at = pos;
                int spaces = 0;
                while (pos < text.Length && char.IsWhiteSpace(text[pos]))
                {
                    pos++;
                    spaces++;
                }

                if (pos < text.Length && text[pos] == '(')
                {
                    if (!lenient && spaces != 1)
                    {
                        return false;
                    }

                    Put(' ');
                    Char('(');
                    if (!Word(out int start, out int length))
                    {
                        return false;
                    }

                    ReadOnlySpan<char> word = Written(start, length);
                    if (word.Equals("Part".AsSpan(), StringComparison.OrdinalIgnoreCase))
                    {
                        Rewrite(start, "Part");
                        if (!(lenient ? SpacesThenPut() : Char(' ')))
                        {
                            return false;
                        }
                    }
                    else if (word.Equals("Vol".AsSpan(), StringComparison.OrdinalIgnoreCase))
                    {
                        Rewrite(start, "Vol");
                        if (!Char('.'))
                        {
                            return false;
                        }
                    }
                    else
                    {
                        return false;
                    }

                    int numeral = Position;
                    if (!Word(out _, out int romanLength))
                    {
                        return false;
                    }

                    Upper(numeral, romanLength);
                    if (!IsRoman(Written(numeral, romanLength)) || !Char(')'))
                    {
                        return false;
                    }
                }
                else
                {
                    pos = lenient ? pos : at;
                }

                Char('*');
                return true;
            }

            [MethodImpl(JitOnce.Options)]
            public ReadOnlySpan<char> Written(int start, int length) => output.Slice(start, Math.Min(length, Math.Max(0, output.Length - start)));

            [MethodImpl(JitOnce.Options)]
            public void Upper(int start, int length)
            {
                for (int i = start; i < start + length && i < output.Length; i++)
                {
                    output[i] = char.ToUpperInvariant(output[i]);
                }
            }

            [MethodImpl(JitOnce.Options)]
            public void Rewrite(int start, string word)
            {
                for (int i = 0; i < word.Length && start + i < output.Length; i++)
                {
                    output[start + i] = word[i];
                }
            }

            /// <summary>After <c>A/HRC/</c>: a session (<c>55</c>, <c>S-35</c>) or <c>RES</c>, which the main grammar reads.</summary>
            [MethodImpl(JitOnce.Options)]
            public bool PeekAfterSlashIsSessional()
            {
                int p = pos;
                while (lenient && p < text.Length && char.IsWhiteSpace(text[p]))
                {
                    p++;
                }

                if (p >= text.Length || text[p] != '/')
                {
                    return false;
                }

                p++;
                while (lenient && p < text.Length && char.IsWhiteSpace(text[p]))
                {
                    p++;
                }

                // A/HRC/55/…, A/HRC/S-35/…, A/HRC/RES/…; and A/HRC/L.30 or A/HRC/PV.1, which lack their session.
                ReadOnlySpan<char> rest = text.Slice(p);
                return (rest.Length > 0 && rest[0] >= '0' && rest[0] <= '9')
                    || rest.StartsWith("S-".AsSpan(), StringComparison.OrdinalIgnoreCase)
                    || Starts(rest, "RES") || Starts(rest, "L") || Starts(rest, "PV");
            }

            [MethodImpl(JitOnce.Options)]
            private static bool Starts(ReadOnlySpan<char> rest, string word) =>
                rest.StartsWith(word.AsSpan(), StringComparison.OrdinalIgnoreCase) && (rest.Length == word.Length || !IsLetter(rest[word.Length]));

            [MethodImpl(JitOnce.Options)]
            private bool SpacesThenPut()
            {
                int from = pos;
                while (pos < text.Length && char.IsWhiteSpace(text[pos]))
                {
                    pos++;
                }

                Put(' ');
                return pos > from;
            }

            [MethodImpl(JitOnce.Options)]
            private static bool IsLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

            [MethodImpl(JitOnce.Options)]
            private static bool IsRoman(ReadOnlySpan<char> s) => DocumentSymbolGrammar.IsRoman(s);

            [MethodImpl(JitOnce.Options)]
            private void Put(char c)
            {
                if (Position < output.Length)
                {
                    output[Position++] = c;
                }
                else
                {
                    Overflow = true;
                }
            }
        }
    }
}
