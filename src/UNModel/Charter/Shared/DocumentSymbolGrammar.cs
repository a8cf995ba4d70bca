// Shared between the runtime library and the analyzers: the grammar of United Nations document symbols.
using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace UNModel.Core
{
    /// <summary>The parts of a parsed document symbol (see <c>docs/document-symbols.md</c> for the grammar).</summary>
    internal struct SymbolParts
    {
        /// <summary>1 = General Assembly (A/), 2 = Security Council (S/), 3 = ECOSOC (E/), 4 = Human Rights Council (A/HRC/).</summary>
        public byte Organ;

        /// <summary>1 = resolution, 2 = draft (L.), 3 = meeting record (PV.), 4 = other document.</summary>
        public byte Kind;

        /// <summary>
        /// What the symbol is numbered by: 0 = nothing, 1 = regular session, 2 = special (S-), 3 = emergency special (ES-),
        /// 4 = year (ECOSOC's symbols, the Council's documents from 1994, in <see cref="Year"/>), 5 = regular session in
        /// Roman numerals (GA resolutions before 1976), 6 = special session in Roman numerals (S-VI), 7 = emergency special
        /// session in Roman numerals (ES-V). A Council resolution has 0 here and its year in <see cref="Year"/>.
        /// </summary>
        public byte SessionKind;

        /// <summary>The session of the General Assembly or the Human Rights Council (or the one written in a symbol of another series); 0 for none.</summary>
        public int Session;

        public int Number;

        /// <summary>The year: of a Security Council resolution (in parentheses), of a Council document from 1994, of an ECOSOC symbol, or written in a symbol of another series; 0 for none.</summary>
        public int Year;

        public int Rev;
        public int Add;
        public int Corr;

        /// <summary>General Assembly resolutions numbered before 1976: a lettered part written after the number (<c>A/RES/217A (III)</c>); 0 for none.</summary>
        public char Letter;

        /// <summary>A part of a document, written <c> (Part II)</c> at the end; 0 for none.</summary>
        public int Part;

        /// <summary>A reissued document, written with an asterisk at the end (<c>A/65/L.78*</c>).</summary>
        public bool Reissued;

        /// <summary>
        /// A symbol of another series (<c>A/C.5/79/L.20</c>, <c>S/PRST/2023/4</c>, <c>ST/SGB/2019/8</c>): only the organ and
        /// the kind are held here, and the text is kept by whoever holds the parts (see <see cref="OtherSymbolGrammar"/>).
        /// </summary>
        public bool Other;
    }

    /// <summary>Parses and formats UN document symbols without allocating.</summary>
    internal static class DocumentSymbolGrammar
    {
        public const byte OrganGeneralAssembly = 1;
        public const byte OrganSecurityCouncil = 2;
        public const byte OrganEconomicAndSocialCouncil = 3;
        public const byte OrganHumanRightsCouncil = 4;

        public const byte KindResolution = 1;
        public const byte KindDraft = 2;
        public const byte KindMeetingRecord = 3;
        public const byte KindDocument = 4;

        public const byte SessionNone = 0;
        public const byte SessionRegular = 1;
        public const byte SessionSpecial = 2;
        public const byte SessionEmergencySpecial = 3;
        public const byte SessionYear = 4;
        public const byte SessionRoman = 5;
        public const byte SessionRomanSpecial = 6;
        public const byte SessionRomanEmergencySpecial = 7;

        /// <summary>Organs beyond the four that vote: the Secretariat (<c>ST/</c>), the treaty bodies (<c>CEDAW/</c>, <c>CRC/</c>, …), the Trusteeship Council (<c>T/</c>).</summary>
        public const byte OrganSecretariat = 5;
        public const byte OrganTreatyBody = 6;
        public const byte OrganTrusteeshipCouncil = 7;

        /// <summary>The last regular session whose resolutions carry the session in Roman numerals (the thirtieth, 1975).</summary>
        public const int LastRomanSession = 30;

        private const int MaxNumber = 99999999;

        /// <summary>Room for any canonical symbol: the longest the grammar accepts has 74 characters.</summary>
        private const int MaxLength = 128;

        /// <summary>
        /// Parses the canonical form exactly, and the one other spelling in use: a resolution's session or year in
        /// parentheses without the space before them (<c>A/RES/2758(XXVI)</c>, <c>S/RES/2334(2016)</c>), as the Official
        /// Document System and the Digital Library list them. Both give the same parts; <see cref="TryFormat"/> writes the space.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public static bool TryParse(ReadOnlySpan<char> text, out SymbolParts parts) => TryParseCore(text, lenient: false, out parts);

        /// <summary>Parses ignoring letter case and stray white space; the canonical form is what <see cref="TryFormat"/> writes.</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool TryParseLenient(ReadOnlySpan<char> text, out SymbolParts parts) => TryParseCore(text, lenient: true, out parts);

        /// <summary>The canonical form of a symbol (of any series) that parses leniently, or null.</summary>
        [MethodImpl(JitOnce.Options)]
        public static string? Normalize(string text)
        {
            if (!TryParseLenient(text.AsSpan(), out SymbolParts parts))
            {
                return OtherSymbolGrammar.Normalize(text);
            }

            return Format(parts);
        }

        /// <summary>
        /// What is wrong with a text that no grammar reads and <see cref="Normalize"/> cannot repair, when its shape tells:
        /// a Security Council resolution without its year (<c>S/RES/2334</c>) or with more than the year in parentheses,
        /// a General Assembly, ECOSOC or Human Rights Council symbol without its session or year (<c>A/RES/3314</c>,
        /// <c>E/RES/31</c>, <c>A/HRC/L.30</c>) or without its number (<c>A/RES/ES-11</c>), and, with any of these, a series
        /// written in lower case (<c>s/res/2334</c>). The missing year or session is named, never guessed. Null when the
        /// shape is not one of these. The one source of the hint for the runtime's exception and the analyzer's diagnostic
        /// (<see cref="RuleMessages.MalformedSymbol"/>).
        /// </summary>
        public static string? Hint(string text)
        {
            // The text in capitals without white space, to recognise its shape.
            var compact = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    compact.Append(char.ToUpperInvariant(c));
                }
            }

            string t = compact.ToString();
            string? series = null;
            string? wrong = null;
            if (t.StartsWith("S/RES/", StringComparison.Ordinal))
            {
                series = "S/RES/";
                string rest = t.Substring(series.Length);
                int digits = Digits(rest);
                string? number = NumberText(rest.Substring(0, digits));
                if (number is not null && digits == rest.Length)
                {
                    wrong = "a Security Council resolution symbol ends with its year of adoption in parentheses: S/RES/" + number + " (yyyy)";
                }
                else if (number is not null && rest.Length > digits + 2 && rest[digits] == '(' && rest[rest.Length - 1] == ')'
                    && Digits(rest.Substring(digits + 1)) != rest.Length - digits - 2)
                {
                    wrong = "a Security Council resolution symbol has only its year of adoption in parentheses: S/RES/" + number + " (yyyy)";
                }
            }
            else if (t.StartsWith("A/HRC/", StringComparison.Ordinal))
            {
                series = "A/HRC/";
                string rest = t.Substring(series.Length);
                if (Numbered(rest, "L.") is { } draft)
                {
                    wrong = "a Human Rights Council draft symbol has its session before the number: A/HRC/session/L." + draft;
                }
                else if (Numbered(rest, "PV.") is { } meeting)
                {
                    wrong = "a Human Rights Council meeting record symbol has its session before the number: A/HRC/session/PV." + meeting;
                }
                else if (Numbered(rest, "RES/") is { } resolution)
                {
                    series = "A/HRC/RES/";
                    wrong = "a Human Rights Council resolution symbol has its session before the number: A/HRC/RES/session/" + resolution;
                }
            }
            else if (t.StartsWith("A/RES/", StringComparison.Ordinal))
            {
                series = "A/RES/";
                string rest = t.Substring(series.Length);
                int digits = Digits(rest);
                string? number = NumberText(rest.Substring(0, digits));
                bool letter = rest.Length == digits + 1 && rest[digits] >= 'A' && rest[digits] <= 'Z';
                if (number is not null && (digits == rest.Length || letter))
                {
                    number += letter ? rest.Substring(digits) : string.Empty;
                    wrong = "a General Assembly resolution symbol has its session: before the number from the thirty-first session, 1976 (A/RES/session/"
                        + number + "), in Roman numerals in parentheses after it up to the thirtieth (A/RES/" + number + " (session))";
                }
                else if ((Numbered(rest, "ES-") ?? Numbered(rest, "S-")) is { } session)
                {
                    wrong = "a General Assembly resolution symbol has its number after the session: A/RES/" + rest.Substring(0, rest.IndexOf('-') + 1) + session + "/number";
                }
            }
            else if (t.StartsWith("E/RES/", StringComparison.Ordinal))
            {
                series = "E/RES/";
                if (Numbered(t.Substring(series.Length), string.Empty) is { } number && !IsYear(int.Parse(number, System.Globalization.CultureInfo.InvariantCulture)))
                {
                    wrong = "an ECOSOC resolution symbol has the year before the number: E/RES/yyyy/" + number;
                }
            }

            if (wrong is null || series is null)
            {
                return null;
            }

            // The series as written: its letters come before the first digit.
            bool lowerCase = false;
            foreach (char c in text)
            {
                if (c >= '0' && c <= '9')
                {
                    break;
                }

                lowerCase |= c >= 'a' && c <= 'z';
            }

            return (lowerCase ? "write the series in capitals (" + series + "), and " : string.Empty) + wrong;
        }

        /// <summary>The number of leading ASCII digits.</summary>
        private static int Digits(string s)
        {
            int n = 0;
            while (n < s.Length && s[n] >= '0' && s[n] <= '9')
            {
                n++;
            }

            return n;
        }

        /// <summary>Digits as a symbol writes them, without leading zeros; null for none, zero or more than nine.</summary>
        private static string? NumberText(string digits)
        {
            string trimmed = digits.TrimStart('0');
            return trimmed.Length == 0 || digits.Length > 9 ? null : trimmed;
        }

        /// <summary>The number of <paramref name="s"/> when it is <paramref name="word"/> followed by a number and nothing else.</summary>
        private static string? Numbered(string s, string word) =>
            s.StartsWith(word, StringComparison.Ordinal) && s.Length > word.Length && Digits(s.Substring(word.Length)) == s.Length - word.Length
                ? NumberText(s.Substring(word.Length))
                : null;

        /// <summary>Whether the text is a Roman numeral in upper case and its canonical spelling (<c>XXVI</c>, not <c>XXIIIIII</c>).</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool IsRoman(ReadOnlySpan<char> text)
        {
            var r = new Reader(text, lenient: false);
            return r.Roman(out _) && r.AtEnd;
        }

        /// <summary>Whether <c>DocumentSymbol</c> accepts the text: a canonical symbol of any series (this grammar's or <see cref="OtherSymbolGrammar"/>'s), or a resolution written without the space before its parenthesis.</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool IsAccepted(ReadOnlySpan<char> text) => TryParse(text, out _) || OtherSymbolGrammar.TryParse(text, out _, out _);

        /// <summary>Formats the parts in canonical form.</summary>
        [MethodImpl(JitOnce.Options)]
        public static string Format(in SymbolParts parts)
        {
            // The longest canonical symbol (nine-digit numbers everywhere, e.g. A/HRC/RES/S-n/n/Rev.n/Add.n/Corr.n) has 74 characters.
            Span<char> buffer = stackalloc char[MaxLength];
            if (!TryFormat(parts, buffer, out int written))
            {
                throw new InvalidOperationException("A document symbol too long to format.");
            }

            return buffer.Slice(0, written).ToString();
        }

        /// <summary>Writes the canonical form; false when the destination is too small.</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool TryFormat(in SymbolParts p, Span<char> destination, out int written)
        {
            var w = new Writer(destination);
            switch (p.Organ)
            {
                case OrganGeneralAssembly: w.Put("A/"); break;
                case OrganSecurityCouncil: w.Put("S/"); break;
                case OrganEconomicAndSocialCouncil: w.Put("E/"); break;
                case OrganHumanRightsCouncil: w.Put("A/HRC/"); break;
                default: written = 0; return false;
            }

            if (p.Kind == KindResolution)
            {
                w.Put("RES/");
                if (p.Organ == OrganSecurityCouncil)
                {
                    w.Put(p.Number);
                    w.Put(" (");
                    w.Put(p.Year);
                    w.Put(")");
                }
                else if (p.SessionKind >= SessionRoman)
                {
                    w.Put(p.Number);
                    if (p.Letter != 0)
                    {
                        w.Put(p.Letter);
                    }

                    w.Put(" (");
                    w.Put(p.SessionKind == SessionRomanSpecial ? "S-" : p.SessionKind == SessionRomanEmergencySpecial ? "ES-" : string.Empty);
                    w.PutRoman(p.Session);
                    w.Put(")");
                }
                else
                {
                    PutSession(ref w, p);
                    w.Put("/");
                    w.Put(p.Number);
                }
            }
            else if (p.Kind == KindMeetingRecord && p.SessionKind == SessionNone)
            {
                w.Put("PV.");
                w.Put(p.Number);
            }
            else
            {
                if (p.SessionKind != SessionNone)
                {
                    PutSession(ref w, p);
                    w.Put("/");
                }

                if (p.Kind == KindDraft)
                {
                    w.Put("L.");
                }
                else if (p.Kind == KindMeetingRecord)
                {
                    w.Put("PV.");
                }

                w.Put(p.Number);
            }

            if (p.Rev > 0)
            {
                w.Put("/Rev.");
                w.Put(p.Rev);
            }

            if (p.Add > 0)
            {
                w.Put("/Add.");
                w.Put(p.Add);
            }

            if (p.Corr > 0)
            {
                w.Put("/Corr.");
                w.Put(p.Corr);
            }

            if (p.Part > 0)
            {
                w.Put(" (Part ");
                w.PutRoman(p.Part);
                w.Put(")");
            }

            if (p.Reissued)
            {
                w.Put('*');
            }

            written = w.Position;
            return !w.Overflow;
        }

        [MethodImpl(JitOnce.Options)]
        private static void PutSession(ref Writer w, in SymbolParts p)
        {
            if (p.SessionKind == SessionSpecial)
            {
                w.Put("S-");
            }
            else if (p.SessionKind == SessionEmergencySpecial)
            {
                w.Put("ES-");
            }

            w.Put(p.SessionKind == SessionYear ? p.Year : p.Session);
        }

        [MethodImpl(JitOnce.Options)]
        private static bool TryParseCore(ReadOnlySpan<char> text, bool lenient, out SymbolParts parts)
        {
            parts = default;
            var r = new Reader(text, lenient);
            r.SkipSpaces();
            if (r.Keyword("A"))
            {
                if (!r.Slash())
                {
                    return false;
                }

                if (r.Keyword("HRC"))
                {
                    if (!r.Slash())
                    {
                        return false;
                    }

                    parts.Organ = OrganHumanRightsCouncil;
                }
                else
                {
                    parts.Organ = OrganGeneralAssembly;
                }
            }
            else if (r.Keyword("S"))
            {
                parts.Organ = OrganSecurityCouncil;
                if (!r.Slash())
                {
                    return false;
                }
            }
            else if (r.Keyword("E"))
            {
                parts.Organ = OrganEconomicAndSocialCouncil;
                if (!r.Slash())
                {
                    return false;
                }
            }
            else
            {
                return false;
            }

            bool ok = parts.Organ == OrganSecurityCouncil ? ParseCouncil(ref r, ref parts) : ParseSessional(ref r, ref parts);
            if (!ok || !ParseSuffixes(ref r, ref parts))
            {
                return false;
            }

            r.SkipSpaces();
            return r.AtEnd;
        }

        [MethodImpl(JitOnce.Options)]
        private static bool ParseCouncil(ref Reader r, ref SymbolParts p)
        {
            if (r.Keyword("RES"))
            {
                // S/RES/2774 (2025)
                p.Kind = KindResolution;
                if (!r.Slash() || !r.Number(out p.Number) || p.Number == 0)
                {
                    return false;
                }

                // One space before the year, as the resolutions and the UN's citations write it, or none, as the
                // Official Document System lists it (S/RES/2334(2016)); the canonical form has the space.
                r.SpaceBeforeParenthesis();
                if (!r.Char('(') || !r.Number(out p.Year) || !IsYear(p.Year) || !r.Char(')'))
                {
                    return false;
                }

                p.SessionKind = SessionNone;
                return true;
            }

            if (r.Keyword("PV"))
            {
                p.Kind = KindMeetingRecord;
                return r.Char('.') && r.Number(out p.Number) && p.Number > 0;
            }

            // S/2025/112 (from 1994) or S/12345 (serial numbering before 1994).
            if (!r.Number(out int first) || first == 0)
            {
                return false;
            }

            p.Kind = KindDocument;
            if (r.PeekSlashThenDigit())
            {
                if (!IsYear(first))
                {
                    return false;
                }

                r.Slash();
                p.SessionKind = SessionYear;
                p.Year = first;
                return r.Number(out p.Number) && p.Number > 0;
            }

            p.Number = first;
            return true;
        }

        [MethodImpl(JitOnce.Options)]
        private static bool ParseSessional(ref Reader r, ref SymbolParts p)
        {
            if (r.Keyword("RES"))
            {
                p.Kind = KindResolution;
                if (!r.Slash())
                {
                    return false;
                }

                if (p.Organ == OrganGeneralAssembly && r.PeekDigit())
                {
                    // Before 1976: A/RES/2758 (XXVI). From the 31st session: A/RES/31/1.
                    if (!r.Number(out int n) || n == 0)
                    {
                        return false;
                    }

                    // A lettered part written straight after the number: A/RES/217A (III).
                    if (r.UpperLetter(out char letter))
                    {
                        p.Letter = letter;
                    }

                    // One space before the session or none (A/RES/2758(XXVI), as the document systems list it).
                    r.SpaceBeforeParenthesis();
                    if (r.Char('('))
                    {
                        p.SessionKind = r.Keyword("ES") && r.Char('-') ? SessionRomanEmergencySpecial : r.Keyword("S") && r.Char('-') ? SessionRomanSpecial : SessionRoman;
                        if (!r.Roman(out p.Session) || (p.SessionKind == SessionRoman && p.Session > LastRomanSession) || !r.Char(')'))
                        {
                            return false;
                        }

                        p.Number = n;
                        return true;
                    }

                    if (p.Letter != 0)
                    {
                        return false;
                    }

                    p.SessionKind = SessionRegular;
                    p.Session = n;
                    return r.Slash() && r.Number(out p.Number) && p.Number > 0;
                }

                return ParseSessionPart(ref r, ref p) && r.Slash() && r.Number(out p.Number) && p.Number > 0;
            }

            // Before sessional numbering of drafts and records: A/L.630, A/PV.1976.
            if (p.Organ == OrganGeneralAssembly && r.Keyword("L"))
            {
                p.Kind = KindDraft;
                p.SessionKind = SessionNone;
                return r.Char('.') && r.Number(out p.Number) && p.Number > 0;
            }

            if (p.Organ == OrganGeneralAssembly && r.Keyword("PV"))
            {
                p.Kind = KindMeetingRecord;
                p.SessionKind = SessionNone;
                return r.Char('.') && r.Number(out p.Number) && p.Number > 0;
            }

            // Serial numbering before sessional symbols: A/6014, A/520/Rev.15, E/5715/Rev.2.
            if ((p.Organ == OrganGeneralAssembly || p.Organ == OrganEconomicAndSocialCouncil) && r.PeekDigit() && !r.PeekNumberThenSlashDigit())
            {
                p.Kind = KindDocument;
                p.SessionKind = SessionNone;
                return r.Number(out p.Number) && p.Number > 0 && (p.Organ == OrganGeneralAssembly || !IsYear(p.Number));
            }

            if (!ParseSessionPart(ref r, ref p) || !r.Slash())
            {
                return false;
            }

            if (r.Keyword("L"))
            {
                p.Kind = KindDraft;
                return r.Char('.') && r.Number(out p.Number) && p.Number > 0;
            }

            if (r.Keyword("PV"))
            {
                p.Kind = KindMeetingRecord;
                return r.Char('.') && r.Number(out p.Number) && p.Number > 0;
            }

            p.Kind = KindDocument;
            return r.Number(out p.Number) && p.Number > 0;
        }

        [MethodImpl(JitOnce.Options)]
        private static bool ParseSessionPart(ref Reader r, ref SymbolParts p)
        {
            if (p.Organ == OrganEconomicAndSocialCouncil)
            {
                // ECOSOC symbols carry the year: E/RES/2023/1, E/2023/L.5.
                p.SessionKind = SessionYear;
                return r.Number(out p.Year) && IsYear(p.Year);
            }

            if (r.Keyword("ES"))
            {
                p.SessionKind = SessionEmergencySpecial;
                return p.Organ == OrganGeneralAssembly && r.Char('-') && r.Number(out p.Session) && p.Session > 0;
            }

            if (r.Keyword("S"))
            {
                p.SessionKind = SessionSpecial;
                return r.Char('-') && r.Number(out p.Session) && p.Session > 0;
            }

            p.SessionKind = SessionRegular;
            return r.Number(out p.Session) && p.Session > 0;
        }

        [MethodImpl(JitOnce.Options)]
        private static bool ParseSuffixes(ref Reader r, ref SymbolParts p)
        {
            // In canonical order: /Rev.n, then /Add.n, then /Corr.n, each at most once.
            int stage = 0;
            while (r.PeekSlash())
            {
                r.Slash();
                if (stage < 1 && r.Keyword("Rev"))
                {
                    stage = 1;
                    if (!r.Char('.') || !r.Number(out p.Rev) || p.Rev == 0)
                    {
                        return false;
                    }
                }
                else if (stage < 2 && r.Keyword("Add"))
                {
                    stage = 2;
                    if (!r.Char('.') || !r.Number(out p.Add) || p.Add == 0)
                    {
                        return false;
                    }
                }
                else if (stage < 3 && r.Keyword("Corr"))
                {
                    stage = 3;
                    if (!r.Char('.') || !r.Number(out p.Corr) || p.Corr == 0)
                    {
                        return false;
                    }
                }
                else
                {
                    return false;
                }
            }

            return ParseTrailers(ref r, ref p);
        }

        /// <summary>" (Part II)" and a reissue asterisk, in that order.</summary>
        [MethodImpl(JitOnce.Options)]
        private static bool ParseTrailers(ref Reader r, ref SymbolParts p)
        {
            if (r.PeekSpaceThen('('))
            {
                if (!(r.Lenient ? r.SkipSpaces() >= 0 : r.Char(' ')) || !r.Char('(') || !r.Keyword("Part") || !r.Char(' ') || !r.Roman(out p.Part) || !r.Char(')'))
                {
                    return false;
                }
            }

            p.Reissued = r.Char('*');
            return true;
        }

        /// <summary>Whether a number is a year of the Organization (1945 to 2999) rather than a session or a serial number.</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool IsYear(int y) => y >= 1945 && y <= 2999;

        private ref struct Reader
        {
            private readonly ReadOnlySpan<char> text;
            private int pos;

            [MethodImpl(JitOnce.Options)]
            public Reader(ReadOnlySpan<char> text, bool lenient)
            {
                this.text = text;
                pos = 0;
                Lenient = lenient;
            }

            public bool Lenient { get; }

            public bool AtEnd => pos >= text.Length;

            [MethodImpl(JitOnce.Options)]
            public int SkipSpaces()
            {
                int start = pos;
                while (pos < text.Length && char.IsWhiteSpace(text[pos]))
                {
                    pos++;
                }

                return pos - start;
            }

            [MethodImpl(JitOnce.Options)]
            public bool Keyword(string word)
            {
                if (Lenient)
                {
                    SkipSpaces();
                }

                if (pos + word.Length > text.Length)
                {
                    return false;
                }

                for (int i = 0; i < word.Length; i++)
                {
                    char c = text[pos + i];
                    char w = word[i];
                    if (c != w && !(Lenient && char.ToUpperInvariant(c) == char.ToUpperInvariant(w)))
                    {
                        return false;
                    }
                }

                // A keyword must not run into further letters ("SR" is not "S").
                int end = pos + word.Length;
                if (end < text.Length && IsAsciiLetter(text[end]))
                {
                    return false;
                }

                pos = end;
                return true;
            }

            [MethodImpl(JitOnce.Options)]
            public bool Char(char c)
            {
                if (Lenient && c != ' ')
                {
                    SkipSpaces();
                }

                if (pos < text.Length && text[pos] == c)
                {
                    pos++;
                    return true;
                }

                return false;
            }

            [MethodImpl(JitOnce.Options)]
            public bool Slash() => Char('/');

            /// <summary>An upper-case letter (any case when lenient, read as upper case) that is not the start of a word.</summary>
            [MethodImpl(JitOnce.Options)]
            public bool UpperLetter(out char letter)
            {
                letter = '\0';
                if (pos < text.Length && (IsAsciiLetter(text[pos]) && (Lenient || (text[pos] >= 'A' && text[pos] <= 'Z'))) && (pos + 1 >= text.Length || !IsAsciiLetter(text[pos + 1])))
                {
                    letter = char.ToUpperInvariant(text[pos]);
                    pos++;
                    return true;
                }

                return false;
            }

            /// <summary>
            /// Before the parenthesis of a resolution's session or year: one space or none when strict (the space is read
            /// only when the parenthesis follows it), any white space when lenient.
            /// </summary>
            [MethodImpl(JitOnce.Options)]
            public void SpaceBeforeParenthesis()
            {
                if (Lenient)
                {
                    SkipSpaces();
                }
                else if (pos + 1 < text.Length && text[pos] == ' ' && text[pos + 1] == '(')
                {
                    pos++;
                }
            }

            /// <summary>Whether the text goes on with white space (any when lenient, one space when not) and then <paramref name="c"/>.</summary>
            [MethodImpl(JitOnce.Options)]
            public bool PeekSpaceThen(char c)
            {
                int p = pos;
                while (p < text.Length && char.IsWhiteSpace(text[p]))
                {
                    p++;
                }

                return p < text.Length && text[p] == c && (Lenient || p > pos);
            }

            /// <summary>Whether a number comes next and is followed by a slash and a digit (a session or year, not a serial number).</summary>
            [MethodImpl(JitOnce.Options)]
            public bool PeekNumberThenSlashDigit()
            {
                int p = Skip(pos);
                int start = p;
                while (p < text.Length && text[p] >= '0' && text[p] <= '9')
                {
                    p++;
                }

                if (p == start || !IsSlash(Skip(p), out p))
                {
                    return false;
                }

                // A/31/1, A/S-24/8 and E/2023/L.5 have a session or year; A/520/Rev.15 does not.
                p = Skip(p);
                return p < text.Length && ((text[p] >= '0' && text[p] <= '9') || text[p] == 'L' || text[p] == 'l' || text[p] == 'P' || text[p] == 'p');
            }

            [MethodImpl(JitOnce.Options)]
            public bool PeekSlash() => IsSlash(Skip(pos), out _);

            [MethodImpl(JitOnce.Options)]
            public bool PeekSlashThenDigit()
            {
                if (!IsSlash(Skip(pos), out int p))
                {
                    return false;
                }

                p = Skip(p);
                return p < text.Length && text[p] >= '0' && text[p] <= '9';
            }

            [MethodImpl(JitOnce.Options)]
            public bool PeekDigit()
            {
                int p = Skip(pos);
                return p < text.Length && text[p] >= '0' && text[p] <= '9';
            }

            /// <summary>Past white space from <paramref name="p"/> when lenient; <paramref name="p"/> itself when strict.</summary>
            [MethodImpl(JitOnce.Options)]
            private int Skip(int p)
            {
                while (Lenient && p < text.Length && char.IsWhiteSpace(text[p]))
                {
                    p++;
                }

                return p;
            }

            [MethodImpl(JitOnce.Options)]
            private bool IsSlash(int p, out int after)
            {
                after = p + 1;
                return p < text.Length && text[p] == '/';
            }

            [MethodImpl(JitOnce.Options)]
            public bool Number(out int value)
            {
                value = 0;
                if (Lenient)
                {
                    SkipSpaces();
                }

                int start = pos;
                while (pos < text.Length && text[pos] >= '0' && text[pos] <= '9')
                {
                    // Canonical numbers have no leading zero.
                    if (pos == start + 1 && text[start] == '0' && !Lenient)
                    {
                        return false;
                    }

                    if (value > MaxNumber)
                    {
                        return false;
                    }

                    value = (value * 10) + (text[pos] - '0');
                    pos++;
                }

                return pos > start;
            }

            [MethodImpl(JitOnce.Options)]
            public bool Roman(out int value)
            {
                value = 0;
                if (Lenient)
                {
                    SkipSpaces();
                }

                int start = pos;
                int previous = int.MaxValue;
                while (pos < text.Length)
                {
                    char c = Lenient ? char.ToUpperInvariant(text[pos]) : text[pos];
                    int v = c == 'I' ? 1 : c == 'V' ? 5 : c == 'X' ? 10 : c == 'L' ? 50 : 0;
                    if (v == 0)
                    {
                        break;
                    }

                    value += v > previous ? v - (2 * previous) : v;
                    previous = v;
                    pos++;
                }

                if (pos == start || value == 0)
                {
                    return false;
                }

                // Only the canonical spelling of the value is accepted (no "IIII").
                Span<char> canonical = stackalloc char[16];
                var w = new Writer(canonical);
                w.PutRoman(value);
                ReadOnlySpan<char> read = text.Slice(start, pos - start);
                if (read.Length != w.Position)
                {
                    return false;
                }

                for (int i = 0; i < read.Length; i++)
                {
                    if (char.ToUpperInvariant(read[i]) != canonical[i] || (!Lenient && read[i] != canonical[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            [MethodImpl(JitOnce.Options)]
            private static bool IsAsciiLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }

        private ref struct Writer
        {
            private readonly Span<char> destination;

            [MethodImpl(JitOnce.Options)]
            public Writer(Span<char> destination)
            {
                this.destination = destination;
                Position = 0;
                Overflow = false;
            }

            public int Position { get; private set; }

            public bool Overflow { get; private set; }

            [MethodImpl(JitOnce.Options)]
            public void Put(string s)
            {
                foreach (char c in s)
                {
                    Put(c);
                }
            }

            [MethodImpl(JitOnce.Options)]
            public void Put(char c)
            {
                if (Position < destination.Length)
                {
                    destination[Position++] = c;
                }
                else
                {
                    Overflow = true;
                }
            }

            [MethodImpl(JitOnce.Options)]
            public void Put(int n)
            {
                if (n >= 10)
                {
                    Put(n / 10);
                }

                Put((char)('0' + (n % 10)));
            }

            [MethodImpl(JitOnce.Options)]
            public void PutRoman(int n)
            {
                while (n >= 10)
                {
                    Put('X');
                    n -= 10;
                }

                if (n == 9)
                {
                    Put("IX");
                    n = 0;
                }

                if (n >= 5)
                {
                    Put('V');
                    n -= 5;
                }

                if (n == 4)
                {
                    Put("IV");
                    n = 0;
                }

                while (n > 0)
                {
                    Put('I');
                    n--;
                }
            }
        }
    }
}
