// Shared between the runtime library and the analyzers: the Charter's facts are read from the
// data files embedded in both assemblies (src/UNModel/Charter/Data), never typed twice.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace UNModel.Core
{
    /// <summary>A state as the catalogue records it. Dates are <c>yyyymmdd</c> integers; <see cref="Left"/> is exclusive.</summary>
    internal sealed class StateRecord
    {
        public StateRecord(string alpha3, string name, string identifier, int admitted, int left, string? continuedBy, bool isObserver, string? observerStatus = null, string? observerBasis = null, bool takesArticle = false)
        {
            NameInText = InText(name, takesArticle);
            ObserverStatus = observerStatus;
            ObserverBasis = observerBasis;
            Alpha3 = alpha3;
            Packed = CountryCodePacking.Pack(alpha3);
            Name = name;
            Identifier = identifier;
            Admitted = admitted;
            Left = left;
            ContinuedBy = continuedBy;
            IsObserver = isObserver;
        }

        public string Alpha3 { get; }

        public int Packed { get; }

        public string Name { get; }

        /// <summary>The name as the United Nations writes it in running text: "the Russian Federation", "Slovenia".</summary>
        public string NameInText { get; }

        /// <summary>The name of the catalogue's static property for this state.</summary>
        public string Identifier { get; }

        /// <summary>Admission (members) or start of observer status (observers).</summary>
        public int Admitted { get; }

        /// <summary>First day it no longer held the seat; <see cref="int.MaxValue"/> while it does.</summary>
        public int Left { get; }

        public string? ContinuedBy { get; }

        public bool IsObserver { get; }

        /// <summary>Observers: what the state is in the United Nations, e.g. "a non-member observer State since 29 November 2012 (A/RES/67/19)".</summary>
        public string? ObserverStatus { get; }

        /// <summary>Observers: the resolutions that set its participation.</summary>
        public string? ObserverBasis { get; }

        /// <summary>Why an observer has no vote, one sentence shared by the runtime and the analyzers (UNM0008); null for a Member.</summary>
        public string? ObserverSentence => IsObserver ? Name + " (" + Alpha3 + ") is " + ObserverStatus + "; " + ObserverBasis + ". It has no vote (Charter Art. 18(1))" : null;

        [MethodImpl(JitOnce.Options)]
        public bool HoldsSeatOn(int date) => date >= Admitted && date < Left;

        /// <summary>
        /// The name in running text: a list name with its formal part in parentheses reads as the UN writes it in a sentence
        /// ("Bolivia (Plurinational State of)" is "the Plurinational State of Bolivia"); otherwise the article the data gives.
        /// </summary>
        private static string InText(string name, bool takesArticle)
        {
            int open = name.IndexOf(" (", StringComparison.Ordinal);
            if (open > 0 && name.EndsWith(")", StringComparison.Ordinal))
            {
                string formal = name.Substring(open + 2, name.Length - open - 3);
                if (formal.EndsWith(" of", StringComparison.Ordinal) || formal.EndsWith(" of the", StringComparison.Ordinal))
                {
                    return "the " + formal + " " + name.Substring(0, open);
                }
            }

            return takesArticle ? "the " + name : name;
        }
    }

    /// <summary>A period during which a state sat on the Security Council. <see cref="To"/> is exclusive.</summary>
    internal readonly struct CouncilSeat
    {
        public CouncilSeat(int packed, int from, int to, bool permanent)
        {
            Packed = packed;
            From = from;
            To = to;
            Permanent = permanent;
        }

        public int Packed { get; }

        public int From { get; }

        public int To { get; }

        public bool Permanent { get; }
    }

    /// <summary>How UNModel treats a three-letter code (<c>country-codes.csv</c>).</summary>
    internal enum CodeStatus : byte
    {
        /// <summary>Not a code of the table: rejected.</summary>
        Unknown = 0,

        /// <summary>An ISO 3166-1 alpha-3 code in use.</summary>
        Iso = 1,

        /// <summary>The ISO 3166-3 code of a former UN Member seat (SUN, YUG, CSK, DDR, YMD, SCG).</summary>
        Former = 2,

        /// <summary>A former UN Member seat that never had an ISO code (ZAN).</summary>
        Local = 3,

        /// <summary>Any other ISO 3166-3 code (BUR, ZAR…): rejected, with its replacement when there is one.</summary>
        Withdrawn = 4,
    }

    /// <summary>The country codes of <c>country-codes.csv</c>, indexed by packed code.</summary>
    internal sealed class CodeTable
    {
        private readonly CodeStatus[] status = new CodeStatus[CountryCodePacking.Capacity];
        private readonly string?[] alpha2 = new string?[CountryCodePacking.Capacity];
        private readonly string?[] names = new string?[CountryCodePacking.Capacity];
        private readonly int[] next = new int[CountryCodePacking.Capacity];

        private CodeTable()
        {
        }

        /// <summary>The status of a packed code (<see cref="CodeStatus.Unknown"/> for 0 and any code not in the table).</summary>
        [MethodImpl(JitOnce.Options)]
        public CodeStatus StatusOf(int packed) => packed > 0 && packed < status.Length ? status[packed] : CodeStatus.Unknown;

        /// <summary>Whether <c>CountryCode</c> accepts the packed code: in use (ISO 3166-1) or a former UN Member seat.</summary>
        [MethodImpl(JitOnce.Options)]
        public bool IsAccepted(int packed) => StatusOf(packed) is CodeStatus.Iso or CodeStatus.Former or CodeStatus.Local;

        /// <summary>The ISO 3166-1 alpha-2 code (ISO 3166-3's for former seats), or null (ZAN).</summary>
        [MethodImpl(JitOnce.Options)]
        public string? Alpha2Of(int packed) => StatusOf(packed) == CodeStatus.Unknown ? null : alpha2[packed];

        /// <summary>The ISO name of the code, or null when unknown.</summary>
        [MethodImpl(JitOnce.Options)]
        public string? NameOf(int packed) => StatusOf(packed) == CodeStatus.Unknown ? null : names[packed];

        /// <summary>For a withdrawn code, the packed code that replaced it (0 when none).</summary>
        [MethodImpl(JitOnce.Options)]
        public int ReplacementOf(int packed) => StatusOf(packed) == CodeStatus.Withdrawn ? next[packed] : 0;

        /// <summary>Every accepted code, packed, in ascending order.</summary>
        [MethodImpl(JitOnce.Options)]
        public IEnumerable<int> Accepted()
        {
            for (int p = 1; p < status.Length; p++)
            {
                if (IsAccepted(p))
                {
                    yield return p;
                }
            }
        }

        /// <summary>Why a text is not an accepted code, as one sentence (UNM0017): the runtime and the analyzers say the same.</summary>
        public string WhyNotAccepted(string text)
        {
            int packed = CountryCodePacking.Pack(text);
            text = text.Length <= 16 ? text : text.Substring(0, 15) + "…"; // never echo unbounded input
            if (packed == 0)
            {
                return "'" + text + "' is not a country code: three upper-case letters, ISO 3166-1 alpha-3 (e.g. USA)";
            }

            if (StatusOf(packed) == CodeStatus.Withdrawn)
            {
                int replacement = ReplacementOf(packed);
                return "'" + text + "' (" + names[packed] + ") is a withdrawn ISO 3166 code"
                    + (replacement == 0 ? "; it names no seat of the United Nations" : "; use " + CountryCodePacking.Unpack(replacement));
            }

            return "'" + text + "' is neither an ISO 3166-1 alpha-3 code in use nor the code of a former Member seat (SUN, YUG, CSK, DDR, YMD, SCG, ZAN)";
        }

        internal static CodeTable Load()
        {
            var table = new CodeTable();
            foreach (string[] row in CharterFacts.ReadCsv("country-codes.csv", "alpha3", "alpha2", "name", "status", "next"))
            {
                int packed = CountryCodePacking.Pack(row[0]);
                CodeStatus kind = row[3] switch
                {
                    "iso" => CodeStatus.Iso,
                    "former" => CodeStatus.Former,
                    "local" => CodeStatus.Local,
                    "withdrawn" => CodeStatus.Withdrawn,
                    _ => CodeStatus.Unknown,
                };
                if (packed == 0 || kind == CodeStatus.Unknown || table.status[packed] != CodeStatus.Unknown)
                {
                    throw new InvalidDataException("UNModel data country-codes.csv: bad or repeated row for '" + row[0] + "' (status '" + row[3] + "').");
                }

                table.status[packed] = kind;
                table.alpha2[packed] = row[1].Length == 0 ? null : row[1];
                table.names[packed] = row[2];
                table.next[packed] = CountryCodePacking.Pack(row[4]);
            }

            return table;
        }
    }

    /// <summary>The facts of the Charter and of the Organization's records that decide who may vote where.</summary>
    internal static class CharterFacts
    {
        /// <summary>The Charter entered into force (original Members' admission date).</summary>
        public const int CharterInForce = 19451024;

        /// <summary>Last day of the 11-member Council; the enlarged Council (Charter amendment, A/RES/1991 (XVIII)) first sat on 1 January 1966.</summary>
        public const int EnlargedCouncilFrom = 19660101;

        /// <summary>The Russian Federation continues the USSR's seat from this day.</summary>
        public const int RussianFederationFrom = 19911224;

        private static readonly object Gate = new object();
        private static Catalogue? loaded;
        private static CodeTable? codes;

        /// <summary>The data, read once from the embedded files.</summary>
        public static Catalogue Data
        {
            get
            {
                Catalogue? c = loaded;
                if (c is not null)
                {
                    return c;
                }

                lock (Gate)
                {
                    loaded ??= Catalogue.Load();
                    return loaded;
                }
            }
        }

        /// <summary>The country codes, read once from <c>country-codes.csv</c> (apart from the catalogue: a code check loads no more).</summary>
        public static CodeTable Codes
        {
            get
            {
                CodeTable? c = codes;
                if (c is not null)
                {
                    return c;
                }

                lock (Gate)
                {
                    codes ??= CodeTable.Load();
                    return codes;
                }
            }
        }

        /// <summary>Converts calendar parts to the <c>yyyymmdd</c> form used here.</summary>
        [MethodImpl(JitOnce.Options)]
        public static int ToDay(int year, int month, int day) => (year * 10000) + (month * 100) + day;

        /// <summary>The first meeting of each body; votes dated before it are void (UNM0015).</summary>
        [MethodImpl(JitOnce.Options)]
        public static int FirstMeeting(BodyKind body)
        {
            switch (body)
            {
                case BodyKind.GeneralAssembly: return 19460110;
                case BodyKind.SecurityCouncil: return 19460117;
                case BodyKind.EconomicAndSocialCouncil: return 19460123;
                case BodyKind.HumanRightsCouncil: return 20060619;
                default: return int.MaxValue;
            }
        }

        /// <summary>
        /// The first day a question about another body can be put: the Human Rights Council was created on 15 March 2006
        /// (A/RES/60/251), so its members are elected from then on, and its members' rights can be suspended once it sits
        /// (19 June 2006, para. 8). 0 for every other question (the body that votes existing is enough: the Assembly elected
        /// the Council's and the Court's first members in its first session).
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public static int QuestionPossibleFrom(QuestionKind question)
        {
            switch (question)
            {
                case QuestionKind.HumanRightsCouncilElection: return 20060315;
                case QuestionKind.HumanRightsCouncilSuspension: return 20060619;
                default: return 0;
            }
        }

        /// <summary>The number of seats on the body on that date; for the General Assembly, the number of Members.</summary>
        [MethodImpl(JitOnce.Options)]
        public static int SeatCount(BodyKind body, int date)
        {
            switch (body)
            {
                case BodyKind.GeneralAssembly:
                    return Data.MemberCountOn(date);
                case BodyKind.SecurityCouncil:
                    // Charter Art. 23 as amended in force 31 August 1965; the 15-member Council sat from 1 January 1966.
                    return date < EnlargedCouncilFrom ? 11 : 15;
                case BodyKind.EconomicAndSocialCouncil:
                    // Art. 61: 18 members; 27 from the 1965 amendment (in force 31 August 1965; sat from 1 January 1966); 54 from the 1971 amendment (in force 24 September 1973; sat from 1 January 1974).
                    return date < 19660101 ? 18 : date < 19740101 ? 27 : 54;
                case BodyKind.HumanRightsCouncil:
                    return 47; // A/RES/60/251, para. 7.
                default:
                    return 0;
            }
        }

        /// <summary>
        /// Whether the body's number of seats on that date is known: fixed by the Charter for the Councils, the number of Members
        /// for the General Assembly, known only to its horizon (past it, <see cref="SeatCount"/> gives the count of the last known day).
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public static bool SeatCountKnown(BodyKind body, int date) => body != BodyKind.GeneralAssembly || KnowsMembers(body, date);

        /// <summary>The affirmative votes the Security Council needs on that date: seven of eleven, nine of fifteen (Art. 27(2), (3)).</summary>
        [MethodImpl(JitOnce.Options)]
        public static int CouncilAffirmativeVotes(int date) => date < EnlargedCouncilFrom ? 7 : 9;

        /// <summary>Whether the catalogue keeps the body's roster (the General Assembly, the Security Council, the Human Rights Council); ECOSOC's is not shipped.</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool HasRoster(BodyKind body) => body != BodyKind.EconomicAndSocialCouncil;

        /// <summary>
        /// Whether the catalogue knows who sat on the body on that date: for the General Assembly, the Security Council and the
        /// Human Rights Council from its first meeting (the Council's first recorded day) to its horizon (<c>horizons.csv</c>);
        /// never for ECOSOC. Where it does not, a ballot is checked against what is known (membership of the United Nations, the
        /// permanent members), and the decision says so.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public static bool KnowsMembers(BodyKind body, int date)
        {
            switch (body)
            {
                case BodyKind.HumanRightsCouncil:
                    return date >= Data.HumanRightsFirstDay && date <= Data.HorizonOf(body);
                case BodyKind.GeneralAssembly:
                case BodyKind.SecurityCouncil:
                    return date <= Data.HorizonOf(body);
                default:
                    return false;
            }
        }

        /// <summary>The last day the catalogue knows the body's members on (<c>horizons.csv</c>); 0 for ECOSOC, whose roster is not shipped.</summary>
        [MethodImpl(JitOnce.Options)]
        public static int MembersKnownThrough(BodyKind body) => Data.HorizonOf(body);

        /// <summary>
        /// Whether the state held a UN membership seat on that date, as far as the catalogue knows: past the General Assembly's
        /// horizon, as on its last known day (no admission or withdrawal after it is known).
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public static bool IsUnMemberAsKnown(int packed, int date) => IsUnMember(packed, Math.Min(date, Data.HorizonOf(BodyKind.GeneralAssembly)));

        /// <summary>The first day of a suspension of the state's rights of membership in the Human Rights Council in force on that date (A/RES/60/251 para. 8); 0 for none.</summary>
        [MethodImpl(JitOnce.Options)]
        public static int HumanRightsSuspendedSince(int packed, int date) => Data.HumanRightsSuspendedSince(packed, date);

        /// <summary>Whether the state (packed code) holds a UN membership seat on that date.</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool IsUnMember(int packed, int date) => Data.FindMember(packed, date) is not null;

        /// <summary>Whether the state (packed code) is a non-member observer state on that date.</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool IsObserver(int packed, int date)
        {
            StateRecord? s = Data.Find(packed);
            return s is not null && s.IsObserver && s.HoldsSeatOn(date);
        }

        /// <summary>Whether the state is a permanent member of the Security Council on that date.</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool IsPermanentMember(int packed, int date) => Data.CouncilSeatOn(packed, date) is CouncilSeat s && s.Permanent;

        /// <summary>Whether the state was a permanent member on any date (a "no" from it can be a veto).</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool WasEverPermanentMember(int packed) => Data.IsEverPermanent(packed);

        /// <summary>Whether the state sits on the Security Council on that date.</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool IsCouncilMember(int packed, int date) => Data.CouncilSeatOn(packed, date).HasValue;

        /// <summary>Whether the state may be seated on the body on that date (bodies without a roster: any UN Member).</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool MaySit(BodyKind body, int packed, int date)
        {
            switch (body)
            {
                case BodyKind.SecurityCouncil when KnowsMembers(body, date):
                    return IsCouncilMember(packed, date);
                case BodyKind.HumanRightsCouncil when KnowsMembers(body, date):
                    return Data.HoldsHumanRightsTerm(packed, date) && HumanRightsSuspendedSince(packed, date) == 0;
                default:
                    // Past a roster's horizon (and for ECOSOC): any Member may sit, as far as the catalogue knows.
                    return IsUnMemberAsKnown(packed, date);
            }
        }

        /// <summary>
        /// Reads an embedded data file with the shared <see cref="CsvReader"/>: comment lines (<c>#</c>) skipped, the header
        /// checked against <paramref name="columns"/>, each row with at least that many fields; errors name the file and line.
        /// </summary>
        internal static IEnumerable<string[]> ReadCsv(string name, params string[] columns)
        {
            string resource = "UNModel.Charter.Data." + name;
            using Stream? stream = typeof(CharterFacts).Assembly.GetManifestResourceStream(resource);
            if (stream is null)
            {
                throw new InvalidDataException("UNModel data resource '" + resource + "' is missing from " + typeof(CharterFacts).Assembly.GetName().Name + ".");
            }

            var rows = new List<string[]>();
            using var csv = new CsvReader(new StreamReader(stream), skipComments: true);
            if (!csv.Read())
            {
                throw new InvalidDataException("UNModel data " + name + " is empty.");
            }

            for (int i = 0; i < columns.Length; i++)
            {
                if (i >= csv.Fields.Count || csv.Fields[i] != columns[i])
                {
                    throw new InvalidDataException("UNModel data " + name + " line " + csv.Line.ToString(CultureInfo.InvariantCulture) + ": the header must begin " + string.Join(",", columns) + ".");
                }
            }

            while (csv.Read())
            {
                if (csv.Fields.Count < columns.Length || csv.Unterminated)
                {
                    throw new InvalidDataException("UNModel data " + name + " line " + csv.Line.ToString(CultureInfo.InvariantCulture) + ": expected " + columns.Length.ToString(CultureInfo.InvariantCulture) + " fields" + (csv.Unterminated ? " (a quote is not closed)." : "."));
                }

                var row = new string[csv.Fields.Count];
                for (int i = 0; i < row.Length; i++)
                {
                    row[i] = csv.Fields[i];
                }

                rows.Add(row);
            }

            return rows;
        }

        /// <summary>The catalogue read from the embedded data files.</summary>
        internal sealed class Catalogue
        {
            private readonly StateRecord?[] byPacked = new StateRecord?[CountryCodePacking.Capacity];
            private readonly List<StateRecord> states = new List<StateRecord>();
            private readonly List<CouncilSeat> seats = new List<CouncilSeat>();
            private readonly List<CouncilSeat>?[] seatsByPacked = new List<CouncilSeat>?[CountryCodePacking.Capacity];
            private readonly bool[] everPermanent = new bool[CountryCodePacking.Capacity];
            private readonly Dictionary<string, StateRecord> byIdentifier = new Dictionary<string, StateRecord>(StringComparer.Ordinal);
            private readonly List<CouncilSeat>?[] humanRightsTermsByPacked = new List<CouncilSeat>?[CountryCodePacking.Capacity];
            private readonly List<CouncilSeat> humanRightsTerms = new List<CouncilSeat>();
            private readonly List<CouncilSeat> humanRightsSuspensions = new List<CouncilSeat>();
            private long lastMemberCount;
            private int assemblyHorizon;
            private int councilHorizon;
            private int humanRightsHorizon;

            private Catalogue()
            {
            }

            /// <summary>Every state: members (current and historic) and observers, in file order.</summary>
            public IReadOnlyList<StateRecord> States => states;

            /// <summary>Every Security Council seat period, permanent and elected.</summary>
            public IReadOnlyList<CouncilSeat> Seats => seats;

            /// <summary>Elected years present in the data.</summary>
            public int FirstElectedYear { get; private set; } = int.MaxValue;

            /// <summary>Last elected year present in the data.</summary>
            public int LastElectedYear { get; private set; }

            /// <summary>First day of the Human Rights Council membership data (the Council's first meeting).</summary>
            public int HumanRightsFirstDay { get; private set; } = int.MaxValue;

            /// <summary>Last day (inclusive) of the Human Rights Council membership data.</summary>
            public int HumanRightsLastDay { get; private set; }

            /// <summary>Every Human Rights Council term (<c>To</c> exclusive).</summary>
            public IReadOnlyList<CouncilSeat> HumanRightsTerms => humanRightsTerms;

            [MethodImpl(JitOnce.Options)]
            public StateRecord? Find(int packed) => packed > 0 && packed < byPacked.Length ? byPacked[packed] : null;

            /// <summary>The last day the body's roster is known (<c>horizons.csv</c>); 0 for a body without one.</summary>
            [MethodImpl(JitOnce.Options)]
            public int HorizonOf(BodyKind body)
            {
                switch (body)
                {
                    case BodyKind.GeneralAssembly: return assemblyHorizon;
                    case BodyKind.SecurityCouncil: return councilHorizon;
                    case BodyKind.HumanRightsCouncil: return humanRightsHorizon;
                    default: return 0;
                }
            }

            /// <summary>Whether the state holds a Human Rights Council term on that date (suspended or not).</summary>
            [MethodImpl(JitOnce.Options)]
            public bool HoldsHumanRightsTerm(int packed, int date)
            {
                List<CouncilSeat>? own = packed > 0 && packed < humanRightsTermsByPacked.Length ? humanRightsTermsByPacked[packed] : null;
                if (own is not null)
                {
                    foreach (CouncilSeat term in own)
                    {
                        if (date >= term.From && date < term.To)
                        {
                            return true;
                        }
                    }
                }

                return false;
            }

            /// <summary>The first day of a suspension of the state's rights in the Human Rights Council in force on that date; 0 for none.</summary>
            [MethodImpl(JitOnce.Options)]
            public int HumanRightsSuspendedSince(int packed, int date)
            {
                foreach (CouncilSeat s in humanRightsSuspensions)
                {
                    if (s.Packed == packed && date >= s.From && date < s.To)
                    {
                        return s.From;
                    }
                }

                return 0;
            }

            [MethodImpl(JitOnce.Options)]
            public StateRecord? FindByIdentifier(string identifier) => byIdentifier.TryGetValue(identifier, out StateRecord? s) ? s : null;

            [MethodImpl(JitOnce.Options)]
            public StateRecord? FindMember(int packed, int date)
            {
                StateRecord? s = Find(packed);
                return s is not null && !s.IsObserver && s.HoldsSeatOn(date) ? s : null;
            }

            [MethodImpl(JitOnce.Options)]
            public bool IsEverPermanent(int packed) => packed > 0 && packed < everPermanent.Length && everPermanent[packed];

            [MethodImpl(JitOnce.Options)]
            public CouncilSeat? CouncilSeatOn(int packed, int date)
            {
                List<CouncilSeat>? own = packed > 0 && packed < seatsByPacked.Length ? seatsByPacked[packed] : null;
                if (own is null)
                {
                    return null;
                }

                foreach (CouncilSeat seat in own)
                {
                    if (date >= seat.From && date < seat.To)
                    {
                        return seat;
                    }
                }

                return null;
            }

            [MethodImpl(JitOnce.Options)]
            public int MemberCountOn(int date)
            {
                // The votes read one after another are mostly of one day: the last day's count is kept (date and count in one word).
                long last = Interlocked.Read(ref lastMemberCount);
                if (last != 0 && (int)(last >> 32) == date)
                {
                    return unchecked((int)last);
                }

                int n = 0;
                foreach (StateRecord s in states)
                {
                    if (!s.IsObserver && s.HoldsSeatOn(date))
                    {
                        n++;
                    }
                }

                Interlocked.Exchange(ref lastMemberCount, ((long)date << 32) | (uint)n);
                return n;
            }

            internal static Catalogue Load()
            {
                var c = new Catalogue();
                foreach (string[] row in ReadCsv("members.csv", "alpha3", "name", "identifier", "admitted", "left", "continued_by", "article"))
                {
                    c.Add(new StateRecord(row[0], row[1], row[2], ParseDay(row[3]), row[4].Length == 0 ? int.MaxValue : ParseDay(row[4]), row[5].Length == 0 ? null : row[5], isObserver: false, takesArticle: Article(row[6], row[0])));
                }

                foreach (string[] row in ReadCsv("observers.csv", "alpha3", "name", "identifier", "observer_since", "until", "status", "basis", "article"))
                {
                    c.Add(new StateRecord(row[0], row[1], row[2], ParseDay(row[3]), row[4].Length == 0 ? int.MaxValue : ParseDay(row[4]), null, isObserver: true, row[5], row[6], Article(row[7], row[0])));
                }

                foreach (string[] row in ReadCsv("permanent-members.csv", "alpha3", "from", "to"))
                {
                    int packed = RequireKnown(c, row[0], "permanent-members.csv");
                    c.AddSeat(new CouncilSeat(packed, ParseDay(row[1]), row[2].Length == 0 ? int.MaxValue : ParseDay(row[2]), permanent: true));
                    c.everPermanent[packed] = true;
                }

                foreach (string[] row in ReadCsv("security-council-elected.csv", "year", "elected"))
                {
                    int year = int.Parse(row[0], NumberStyles.None, CultureInfo.InvariantCulture);
                    c.FirstElectedYear = Math.Min(c.FirstElectedYear, year);
                    c.LastElectedYear = Math.Max(c.LastElectedYear, year);
                    foreach (string token in row[1].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
                    {
                        // "XXX" sits the whole year; "XXX[yyyy-mm-dd;yyyy-mm-dd)" sits part of it (split terms before 1966).
                        int from = ToDay(year, 1, 1);
                        int to = ToDay(year + 1, 1, 1);
                        string code = token;
                        int bracket = token.IndexOf('[');
                        if (bracket >= 0)
                        {
                            code = token.Substring(0, bracket);
                            string[] range = token.Substring(bracket + 1, token.Length - bracket - 2).Split(';');
                            from = ParseDay(range[0]);
                            to = ParseDay(range[1]);
                        }

                        c.AddSeat(new CouncilSeat(RequireKnown(c, code, "security-council-elected.csv"), from, to, permanent: false));
                    }
                }

                foreach (string[] row in ReadCsv("human-rights-council.csv", "alpha3", "group", "from", "to", "elected", "status", "note", "url"))
                {
                    // From and to are inclusive in the file; seats here end on the day after.
                    var term = new CouncilSeat(RequireKnown(c, row[0], "human-rights-council.csv"), ParseDay(row[2]), NextDay(ParseDay(row[3])), permanent: false);
                    c.humanRightsTerms.Add(term);
                    (c.humanRightsTermsByPacked[term.Packed] ??= new List<CouncilSeat>()).Add(term);
                    c.HumanRightsFirstDay = Math.Min(c.HumanRightsFirstDay, term.From);
                }

                // The data covers the Council to the end of the year in which the latest elected members took their seats.
                foreach (CouncilSeat term in c.humanRightsTerms)
                {
                    c.HumanRightsLastDay = Math.Max(c.HumanRightsLastDay, ToDay(term.From / 10000, 12, 31));
                }

                foreach (string[] row in ReadCsv("human-rights-council-suspensions.csv", "alpha3", "from", "to", "note", "url"))
                {
                    c.humanRightsSuspensions.Add(new CouncilSeat(RequireKnown(c, row[0], "human-rights-council-suspensions.csv"), ParseDay(row[1]), NextDay(ParseDay(row[2])), permanent: false));
                }

                foreach (string[] row in ReadCsv("horizons.csv", "body", "known_through", "source"))
                {
                    int day = ParseDay(row[1]);
                    switch (row[0])
                    {
                        case "GeneralAssembly": c.assemblyHorizon = day; break;
                        case "SecurityCouncil": c.councilHorizon = Within(day, ToDay(c.LastElectedYear, 12, 31), "security-council-elected.csv"); break;
                        case "HumanRightsCouncil": c.humanRightsHorizon = Within(day, c.HumanRightsLastDay, "human-rights-council.csv"); break;
                        default: throw new InvalidDataException("UNModel data horizons.csv: unknown body '" + row[0] + "'.");
                    }
                }

                if (c.assemblyHorizon == 0 || c.councilHorizon == 0 || c.humanRightsHorizon == 0)
                {
                    throw new InvalidDataException("UNModel data horizons.csv: a horizon for each of GeneralAssembly, SecurityCouncil and HumanRightsCouncil is needed.");
                }

                return c;
            }

            /// <summary>The <c>article</c> column: "the" or empty.</summary>
            private static bool Article(string text, string code) =>
                text == "the" || (text.Length == 0 ? false : throw new InvalidDataException("UNModel data: the article of '" + code + "' is '" + text + "'; write \"the\" or nothing."));

            /// <summary>A horizon that its data file covers.</summary>
            private static int Within(int horizon, int covered, string file) =>
                horizon <= covered ? horizon : throw new InvalidDataException("UNModel data horizons.csv: the horizon " + horizon.ToString(CultureInfo.InvariantCulture) + " passes the last day " + file + " covers (" + covered.ToString(CultureInfo.InvariantCulture) + ").");

            /// <summary>The day after a <c>yyyymmdd</c> day.</summary>
            private static int NextDay(int day)
            {
                var next = new DateTime(day / 10000, day / 100 % 100, day % 100, 0, 0, 0, DateTimeKind.Unspecified).AddDays(1);
                return ToDay(next.Year, next.Month, next.Day);
            }

            private static int RequireKnown(Catalogue c, string code, string file)
            {
                int packed = CountryCodePacking.Pack(code);
                if (c.Find(packed) is null)
                {
                    throw new InvalidDataException("UNModel data file " + file + " names an unknown state '" + code + "'.");
                }

                return packed;
            }

            private void AddSeat(CouncilSeat seat)
            {
                seats.Add(seat);
                (seatsByPacked[seat.Packed] ??= new List<CouncilSeat>()).Add(seat);
            }

            private void Add(StateRecord s)
            {
                if (s.Packed == 0)
                {
                    throw new InvalidDataException("UNModel data: '" + s.Alpha3 + "' is not an alpha-3 code.");
                }

                // Several records may share a code only if their periods do not overlap; the lookup keeps the latest.
                byPacked[s.Packed] = s;
                states.Add(s);
                byIdentifier[s.Identifier] = s;
            }

            private static int ParseDay(string text)
            {
                // yyyy-mm-dd
                if (text.Length != 10 || text[4] != '-' || text[7] != '-')
                {
                    throw new InvalidDataException("UNModel data: '" + text + "' is not a yyyy-mm-dd date.");
                }

                int y = int.Parse(text.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
                int m = int.Parse(text.Substring(5, 2), NumberStyles.None, CultureInfo.InvariantCulture);
                int d = int.Parse(text.Substring(8, 2), NumberStyles.None, CultureInfo.InvariantCulture);
                return ToDay(y, m, d);
            }

        }
    }
}
