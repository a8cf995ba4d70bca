using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using UNModel.Analysis;
using UNModel.Core;

namespace UNModel.Records;

/// <summary>
/// Maps the country names and ISO 3166-1 alpha-2 codes of the unvotes data (Voeten et al.) to the catalogue's seats, by
/// date. Nothing here is a second copy of the catalogue: a code matches a seat's alpha-2 code
/// (<see cref="CountryCode.Alpha2"/>), a name the seat's name, and where the data spells a seat its own way the
/// records package's <c>Data/unvotes-countries.csv</c> says so. A seat that did not sit on the date gives way to the seat it
/// continues (<see cref="MemberState.ContinuedBy"/>): <c>RU</c> is the USSR (<c>SUN</c>) before 24 December 1991;
/// <c>YU</c> is Yugoslavia (<c>YUG</c>) to 22 September 1992, Serbia and Montenegro (<c>SCG</c>) from 1 November 2000
/// and Serbia (<c>SRB</c>) from 3 June 2006; <c>TW</c> is the China seat only before A/RES/2758 (XXVI). The code
/// <c>NA</c> is Namibia's and also the data's mark for a missing code, so it is resolved by name.
/// </summary>
public static class UnvotesCountries
{
    private static readonly Lazy<Index> Shared = new(Index.Load);

    /// <summary>Maps one row's country to the catalogue seat that cast the ballot on that date.</summary>
    /// <param name="name">The <c>country</c> field, e.g. <c>Russia</c>.</param>
    /// <param name="alpha2">The <c>country_code</c> field, e.g. <c>RU</c>; <c>NA</c> or empty when missing.</param>
    /// <param name="date">The date of the roll call.</param>
    /// <param name="code">The seat's code, e.g. <c>SUN</c> for <c>RU</c> in 1960.</param>
    /// <param name="error">Why the row cannot be mapped, when it cannot.</param>
    /// <returns>Whether the row maps to a seat.</returns>
    public static bool TryMap(string? name, string? alpha2, DateOnly date, out CountryCode code, out string? error)
    {
        name = name?.Trim() ?? string.Empty;
        alpha2 = alpha2?.Trim() ?? string.Empty;
        Index index = Shared.Value;
        code = default;

        // "NA" is Namibia's code and the data's missing-value marker: decide by name.
        bool byName = alpha2.Length == 0 || alpha2 == "NA";
        if (!(byName ? index.ByName : index.ByCode).TryGetValue(byName ? name : alpha2, out ImmutableArray<Alias> aliases))
        {
            error = byName
                ? "country code '" + alpha2 + "' is missing or ambiguous and the name '" + name + "' is not known (neither a seat's name in the catalogue nor one of unvotes-countries.csv)"
                : "'" + alpha2 + "' is not an ISO 3166-1 alpha-2 code of a United Nations seat";
            return false;
        }

        string what = "'" + name + "' (" + (alpha2.Length == 0 ? "no code" : alpha2) + ")";
        Alias[] current = aliases.Where(a => a.Before is not DateOnly before || date < before).ToArray();
        if (current.Length == 0)
        {
            Alias old = aliases[0];
            error = what + " names " + old.Seat.Name + " (" + old.Seat.Code.Value + ") only before " + Iso(old.Before!.Value) + (old.Note is null ? string.Empty : ": " + old.Note);
            return false;
        }

        // The seat named, when it sat that day; else a seat it continues that sat that day; else the one seat named (the
        // importer then dates the roll call or refuses the ballot by the seat's admission).
        MemberState? seat = current.Select(a => a.Seat).FirstOrDefault(s => s.HoldsSeatOn(date))
            ?? current.SelectMany(a => index.Predecessors(a.Seat)).FirstOrDefault(s => s.HoldsSeatOn(date))
            ?? (current.Length == 1 ? current[0].Seat : null);

        if (seat is null)
        {
            IEnumerable<MemberState> seats = current.SelectMany(a => index.Predecessors(a.Seat).Prepend(a.Seat)).Distinct().OrderBy(s => s.Admitted);
            error = what + " held no seat on " + Iso(date) + ": " + string.Join("; ", seats.Select(Period))
                + string.Concat(current.Where(a => a.Note is not null).Select(a => ". " + a.Note));
            return false;
        }

        code = seat.Code;
        error = null;
        return true;
    }

    private static string Period(MemberState s) =>
        s.Name + " (" + s.Code.Value + ") " + (s.Left is DateOnly left ? Iso(s.Admitted) + " to " + Iso(left.AddDays(-1)) : "from " + Iso(s.Admitted));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One way the data names a seat.</summary>
    private sealed record Alias(MemberState Seat, DateOnly? Before, string? Note);

    /// <summary>The names and codes of every seat, read once.</summary>
    private sealed class Index
    {
        private readonly FrozenDictionary<CountryCode, ImmutableArray<MemberState>> predecessors;

        private Index(FrozenDictionary<string, ImmutableArray<Alias>> byCode, FrozenDictionary<string, ImmutableArray<Alias>> byName, FrozenDictionary<CountryCode, ImmutableArray<MemberState>> predecessors)
        {
            ByCode = byCode;
            ByName = byName;
            this.predecessors = predecessors;
        }

        public FrozenDictionary<string, ImmutableArray<Alias>> ByCode { get; }

        public FrozenDictionary<string, ImmutableArray<Alias>> ByName { get; }

        /// <summary>The seats this seat continues, nearest first (<see cref="Succession.Lineage"/> without the seat itself).</summary>
        public ImmutableArray<MemberState> Predecessors(MemberState seat) => predecessors[seat.Code];

        public static Index Load()
        {
            var codes = new Dictionary<string, List<Alias>>(StringComparer.Ordinal);
            var names = new Dictionary<string, List<Alias>>(StringComparer.OrdinalIgnoreCase);
            foreach (MemberState m in MemberStates.All)
            {
                if (m.Code.Alpha2 is string a2)
                {
                    Add(codes, a2, new Alias(m, null, null));
                }

                Add(names, m.Name, new Alias(m, null, null));
            }

            using Stream stream = typeof(UnvotesCountries).Assembly.GetManifestResourceStream("UNModel.Records.Data.unvotes-countries.csv")
                ?? throw new InvalidDataException("The resource unvotes-countries.csv is missing from UNModel.Records.");
            using var csv = new CsvReader(new StreamReader(stream), skipComments: true);
            _ = csv.Read(); // header: alias,alpha3,before,note
            while (csv.Read())
            {
                IReadOnlyList<string> f = csv.Fields;
                if (f.Count < 4 || !CountryCode.TryFrom(f[1], out CountryCode c) || !MemberStates.TryGet(c, out MemberState? seat))
                {
                    throw new InvalidDataException("unvotes-countries.csv line " + csv.Line.ToString(CultureInfo.InvariantCulture) + ": '" + string.Join(",", f) + "' does not name a seat of the catalogue.");
                }

                DateOnly? before = f[2].Length == 0 ? null : DateOnly.ParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var alias = new Alias(seat, before, f[3].Length == 0 ? null : f[3]);
                bool isCode = f[0].Length == 2 && f[0].All(char.IsAsciiLetterUpper);
                Add(isCode ? codes : names, f[0], alias);
            }

            var lineage = MemberStates.All.ToFrozenDictionary(m => m.Code, m => Succession.Lineage(m.Code).Skip(1).Select(MemberStates.Get).ToImmutableArray());
            return new Index(Freeze(codes, StringComparer.Ordinal), Freeze(names, StringComparer.OrdinalIgnoreCase), lineage);
        }

        private static void Add(Dictionary<string, List<Alias>> map, string key, Alias alias)
        {
            if (!map.TryGetValue(key, out List<Alias>? list))
            {
                map[key] = list = [];
            }

            list.Add(alias);
        }

        private static FrozenDictionary<string, ImmutableArray<Alias>> Freeze(Dictionary<string, List<Alias>> map, StringComparer comparer) =>
            map.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), comparer);
    }
}
