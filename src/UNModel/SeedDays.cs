using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using UNModel.Serialization;

namespace UNModel;

/// <summary>A vote as the record of a day gives it: the vote, the resolution it produced, the source and how far the UN's own records confirm it.</summary>
[JsonConverter(typeof(RecordedVoteJsonConverter))]
public sealed class RecordedVote : IEquatable<RecordedVote>
{
    internal RecordedVote(string id, Vote vote, DocumentSymbol? resolution, string source, bool confirmedByUnRecord, string? note)
    {
        Id = id;
        Vote = vote;
        Resolution = resolution;
        Source = source;
        IsConfirmedByUnRecord = confirmedByUnRecord;
        Note = note;
    }

    /// <summary>A short stable identifier, e.g. <c>ga-l10</c> or <c>sc-s2025-112</c>, used by the CLI.</summary>
    public string Id { get; }

    /// <summary>The vote.</summary>
    public Vote Vote { get; }

    /// <summary>The resolution adopted, e.g. <c>A/RES/ES-11/7</c>; null when none was.</summary>
    public DocumentSymbol? Resolution { get; }

    /// <summary>Where the figures come from.</summary>
    public string Source { get; }

    /// <summary>Whether the tally and lists are confirmed by a UN record (press release, meeting record or Digital Library voting record).</summary>
    public bool IsConfirmedByUnRecord { get; }

    /// <summary>What the record cannot confirm, if anything.</summary>
    public string? Note { get; }

    /// <summary>The engine's decision on the vote.</summary>
    public Decision Decision => Charter.Decide(Vote);

    /// <summary>Equality of two recorded votes.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether both have the same id, vote, resolution, source, confirmation and note.</returns>
    public static bool operator ==(RecordedVote? left, RecordedVote? right) => Equals(left, right);

    /// <summary>Inequality of two recorded votes.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RecordedVote? left, RecordedVote? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(RecordedVote? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (string.Equals(Id, other.Id, StringComparison.Ordinal) && Vote.Equals(other.Vote) && Nullable.Equals(Resolution, other.Resolution)
                && string.Equals(Source, other.Source, StringComparison.Ordinal) && IsConfirmedByUnRecord == other.IsConfirmedByUnRecord
                && string.Equals(Note, other.Note, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RecordedVote);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Vote, Resolution, IsConfirmedByUnRecord);
}

/// <summary>A day of UN votes: its meetings in order.</summary>
[JsonConverter(typeof(SeedDayJsonConverter))]
public sealed class SeedDay : IEquatable<SeedDay>
{
    internal SeedDay(DateOnly date, ImmutableArray<Meeting> meetings, ImmutableArray<RecordedVote> votes)
    {
        Date = date;
        Meetings = meetings;
        Votes = votes;
    }

    /// <summary>The date.</summary>
    public DateOnly Date { get; }

    /// <summary>The meetings of the day, each with its votes in order.</summary>
    public ImmutableArray<Meeting> Meetings { get; }

    /// <summary>Every vote of the day in order, with its record.</summary>
    public ImmutableArray<RecordedVote> Votes { get; }

    /// <summary>Equality of two days.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether both are of the same date, with equal meetings and recorded votes in the same order.</returns>
    public static bool operator ==(SeedDay? left, SeedDay? right) => Equals(left, right);

    /// <summary>Inequality of two days.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SeedDay? left, SeedDay? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(SeedDay? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Date == other.Date && ModelEquality.SameSequence(Meetings, other.Meetings) && ModelEquality.SameSequence(Votes, other.Votes)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SeedDay);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, ModelEquality.SequenceHash(Meetings), ModelEquality.SequenceHash(Votes));
}

/// <summary>Ready-made records of days the package reproduces, built with the public API.</summary>
public static class SeedDays
{
    private static readonly Lazy<SeedDay> February24 = new(BuildFebruary24_2025);

    /// <summary>The dates for which a record exists.</summary>
    public static ImmutableArray<DateOnly> Dates { get; } = [new DateOnly(2025, 2, 24)];

    /// <summary>
    /// 24 February 2025, the third anniversary of the Russian Federation's full-scale invasion of Ukraine.
    /// <para>
    /// General Assembly, eleventh emergency special session (resumed): draft A/ES-11/L.10 adopted 93-18-65 as A/RES/ES-11/7;
    /// four amendments to the United States draft A/ES-11/L.11 (three European ones adopted, one Russian rejected); the
    /// draft as amended adopted 93-8-73 as A/RES/ES-11/8, the United States abstaining. Roll calls: UN Digital Library
    /// voting records 4076672 and 4076673; totals also in press release GA/12677 (2025-03-06).
    /// </para>
    /// <para>
    /// Security Council, 9866th meeting (S/PV.9866): a procedural motion to postpone (6-3-6), two Russian amendments, three
    /// European amendments (two vetoed by the Russian Federation with 9 and 11 votes in favour, one short of votes), and
    /// draft S/2025/112 adopted unamended 10-0-5 as resolution 2774 (2025). Roll call of 2774: Digital Library record
    /// 4077111; the vetoes and vote counts in favour: GA/12677.
    /// </para>
    /// <para>
    /// Not confirmed from a UN source, and therefore marked <see cref="RecordedVote.IsConfirmedByUnRecord"/> false: the
    /// amendments' document symbols (left null), which General Assembly tally belongs to which European amendment (the
    /// record follows paragraph order), the order of the Russian amendment among the Assembly's amendment votes, the
    /// per-state lists of every amendment and of the motion (the motion's and the "conflict around Ukraine" amendment's
    /// lists come from Chinese state media), and the against/abstain split of the two vetoed European amendments, whose
    /// tallies are therefore partial.
    /// </para>
    /// </summary>
    public static SeedDay February24_2025 => February24.Value;

    /// <summary>The record for a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="day">The record when one exists.</param>
    /// <returns>Whether a record exists for the date.</returns>
    public static bool TryGet(DateOnly date, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SeedDay? day)
    {
        day = date == new DateOnly(2025, 2, 24) ? February24_2025 : null;
        return day is not null;
    }

    private static SeedDay BuildFebruary24_2025()
    {
        var date = new DateOnly(2025, 2, 24);
        GeneralAssemblyBody ga = Body.GeneralAssembly;
        SecurityCouncilBody sc = Body.SecurityCouncil;
        var l10 = DocumentSymbol.From("A/ES-11/L.10");
        var l11 = DocumentSymbol.From("A/ES-11/L.11");
        var s112 = DocumentSymbol.From("S/2025/112");
        const string DigitalLibrary = "UN Digital Library voting record ";
        const string Ga12677 = "UN press release GA/12677 (6 March 2025)";
        const string Press = "press reports (Interfax, 24 February 2025)";
        const string ChineseMedia = "Chinese state media account of the 9866th meeting (S/PV.9866 not read)";

        var gaVotes = new List<RecordedVote>
        {
            new(
                "ga-l10",
                Vote.RollCall(
                    ga,
                    date,
                    QuestionKind.SimpleMajority,
                    Proposal.Draft(l10, "Advancing a comprehensive, just and lasting peace in Ukraine"),
                    RollCall(
                        yes: "ALB AND ATG AUS AUT BEL BGR BHS BIH BLZ BRB BTN CAN CHE CHL CIV COM CPV CYP CZE DEU DJI DNK EGY ESP EST FIN FJI FRA GBR GMB GRC GTM GUY HRV IDN IRL ISL ITA JAM JOR JPN KHM KNA KOR LBR LCA LIE LTU LUX LVA MCO MDA MDV MEX MLT MMR MNE MUS MYS NGA NLD NOR NPL NRU NZL PER PHL PNG POL PRT ROU SGP SLB SLE SMR SOM SRB SUR SVK SVN SWE SYC THA TLS TON TTO TUN TUR UKR URY VUT WSM",
                        no: "BDI BFA BLR CAF ERI GNQ HTI HUN ISR MHL MLI NER NIC PLW PRK RUS SDN USA",
                        abstain: "AGO ARE ARG ARM BGD BHR BRA BRN BWA CHN COL CRI CUB DOM DZA ETH FSM GAB GHA GIN GRD HND IND IRN IRQ KAZ KEN KGZ KIR KWT LAO LBN LBY LKA LSO MKD MNG MOZ MRT MWI NAM OMN PAK PAN PRY QAT RWA SAU SEN SLV STP SYR TCD TGO TJK TUV TZA UGA UZB VCT VNM YEM ZAF ZMB ZWE"),
                    DeclaredOutcome.Adopted),
                DocumentSymbol.From("A/RES/ES-11/7"),
                DigitalLibrary + "4076672 (A/RES/ES-11/7); " + Ga12677,
                confirmedByUnRecord: true,
                null),
            new(
                "ga-l11-am-rus",
                Vote.FromTally(ga, date, QuestionKind.SimpleMajority, Proposal.Amendment(null, l11, "Russian Federation: add \"including by addressing its root causes\" to the operative paragraph"), Tally.From(31, 71, 59), declared: DeclaredOutcome.Rejected),
                null,
                Press,
                confirmedByUnRecord: false,
                "Document symbol and place in the voting order not confirmed."),
            new(
                "ga-l11-am-eu1",
                Vote.FromTally(ga, date, QuestionKind.SimpleMajority, Proposal.Amendment(null, l11, "European amendment: \"full-scale invasion of Ukraine by the Russian Federation\" in the first preambular paragraph"), Tally.From(60, 18, 81), declared: DeclaredOutcome.Adopted),
                null,
                Press,
                confirmedByUnRecord: false,
                "Press gives the three European tallies only \"respectively\"; assigned in paragraph order. Symbol not confirmed."),
            new(
                "ga-l11-am-eu2",
                Vote.FromTally(ga, date, QuestionKind.SimpleMajority, Proposal.Amendment(null, l11, "European amendment: reaffirming Ukraine's sovereignty, independence, unity and territorial integrity"), Tally.From(79, 16, 67), declared: DeclaredOutcome.Adopted),
                null,
                Press,
                confirmedByUnRecord: false,
                "Assigned in paragraph order; symbol not confirmed."),
            new(
                "ga-l11-am-eu3",
                Vote.FromTally(ga, date, QuestionKind.SimpleMajority, Proposal.Amendment(null, l11, "European amendment: \"a just, lasting and comprehensive peace\" in line with the Charter in the operative paragraph"), Tally.From(83, 16, 61), declared: DeclaredOutcome.Adopted),
                null,
                Press,
                confirmedByUnRecord: false,
                "Assigned in paragraph order; symbol not confirmed."),
            new(
                "ga-l11",
                Vote.RollCall(
                    ga,
                    date,
                    QuestionKind.SimpleMajority,
                    Proposal.Draft(l11, "The path to peace (as amended)"),
                    RollCall(
                        yes: "AND ARM AUS AUT BEL BGD BGR BIH BLZ BRB BRN BTN CAN CHE CHL CIV COM CPV CRI CYP CZE DEU DJI DNK DOM ESP EST FIN FRA GBR GRC GTM GUY HRV IDN IRL ISL ITA JAM JPN KEN KHM KNA KOR LBN LBR LCA LIE LTU LUX LVA MAR MCO MDA MDG MDV MEX MHL MLT MMR MNE MNG MUS MWI MYS NGA NLD NOR NPL NZL PER PHL POL PRT ROU SGP SLE SMR SOM STP SUR SVK SVN SWE SYC THA TLS TTO TUN TUR URY VCT ZAF",
                        no: "BFA BLR MLI NER NIC PRK RUS SDN",
                        abstain: "AGO ALB ARE ARG ATG BDI BHR BRA BWA CAF CHN COD COL CUB DZA EGY ERI ETH FJI FSM GAB GEO GHA GIN GMB GNQ GRD HTI HUN IND IRN IRQ ISR JOR KAZ KGZ KIR KWT LAO LBY LKA LSO MKD MOZ MRT NAM OMN PAK PAN PLW PNG PRY QAT RWA SAU SEN SLB SLV SRB SYR TGO TJK TON TUV TZA UGA UKR USA UZB VNM YEM ZMB ZWE"),
                    DeclaredOutcome.Adopted),
                DocumentSymbol.From("A/RES/ES-11/8"),
                DigitalLibrary + "4076673 (A/RES/ES-11/8); " + Ga12677,
                confirmedByUnRecord: true,
                null),
        };

        var scVotes = new List<RecordedVote>
        {
            new(
                "sc-motion",
                Vote.RollCall(
                    sc,
                    date,
                    QuestionKind.Procedural,
                    Proposal.Motion("France (for Denmark, France, Greece, United Kingdom): to postpone the meeting to 25 February (provisional rule 33)", s112),
                    RollCall(yes: "CHN DNK FRA GBR GRC SVN", no: "PAN SOM USA", abstain: "DZA GUY KOR PAK RUS SLE"),
                    DeclaredOutcome.Rejected),
                null,
                ChineseMedia,
                confirmedByUnRecord: false,
                "Tally 6-3-6 also reported by RIA Novosti."),
            new(
                "sc-am-rus1",
                Vote.RollCall(
                    sc,
                    date,
                    QuestionKind.Substantive,
                    Proposal.Amendment(null, s112, "Russian Federation: \"conflict around Ukraine\" (first preambular paragraph) and \"lasting peace in Ukraine\" (operative paragraph)"),
                    RollCall(yes: "RUS", no: "DNK FRA GBR GRC KOR PAN SVN", abstain: "CHN DZA GUY PAK SLE SOM USA"),
                    DeclaredOutcome.Rejected),
                null,
                ChineseMedia,
                confirmedByUnRecord: false,
                "Symbol not confirmed."),
            new(
                "sc-am-rus2",
                Vote.FromTally(sc, date, QuestionKind.Substantive, Proposal.Amendment(null, s112, "Russian Federation: \"including by addressing its root causes\" in the operative paragraph"), Tally.From(4, 6, 5), permanentNo: null, declared: DeclaredOutcome.Rejected),
                null,
                Press,
                confirmedByUnRecord: false,
                "Who voted against is not on record; with 4 votes in favour the draft lacked the votes whatever the permanent members did."),
            new(
                "sc-am-eu1",
                Vote.FromTally(sc, date, QuestionKind.Substantive, Proposal.Amendment(null, s112, "Denmark, France, Greece, Slovenia, United Kingdom: \"full-scale invasion of Ukraine by the Russian Federation\""), Tally.From(6, 1, 8), permanentNo: null, declared: DeclaredOutcome.Rejected),
                null,
                Ga12677 + " (failed for lack of votes); tally 6-1-8 from Chinese press",
                confirmedByUnRecord: false,
                "The failure for lack of votes is confirmed by GA/12677; the tally is not."),
            new(
                "sc-am-eu2",
                Vote.FromTally(sc, date, QuestionKind.Substantive, Proposal.Amendment(null, s112, "Denmark, France, Greece, Slovenia, United Kingdom: reaffirming Ukraine's sovereignty and territorial integrity"), Tally.Partial(yes: 9), permanentNo: [CountryCode.From("RUS")], declared: DeclaredOutcome.Vetoed(MemberStates.RussianFederation)),
                null,
                Ga12677,
                confirmedByUnRecord: true,
                "GA/12677 gives the 9 votes in favour and the Russian Federation's negative vote; the split of the other 6 is not on record."),
            new(
                "sc-am-eu3",
                Vote.FromTally(sc, date, QuestionKind.Substantive, Proposal.Amendment(null, s112, "Denmark, France, Greece, Slovenia, United Kingdom: \"a just, lasting and comprehensive peace\" in line with the Charter"), Tally.Partial(yes: 11), permanentNo: [CountryCode.From("RUS")], declared: DeclaredOutcome.Vetoed(MemberStates.RussianFederation)),
                null,
                Ga12677,
                confirmedByUnRecord: true,
                "GA/12677 gives the 11 votes in favour and the Russian Federation's negative vote; the split of the other 4 is not on record."),
            new(
                "sc-s2025-112",
                Vote.RollCall(
                    sc,
                    date,
                    QuestionKind.Substantive,
                    Proposal.Draft(s112, "Maintenance of international peace and security (Ukraine): \"implores a swift end to the conflict\"").WithLanguage(OperativeLanguage.Hortatory),
                    RollCall(yes: "CHN DZA GUY KOR PAK PAN RUS SLE SOM USA", no: string.Empty, abstain: "DNK FRA GBR GRC SVN"),
                    DeclaredOutcome.Adopted),
                DocumentSymbol.From("S/RES/2774 (2025)"),
                DigitalLibrary + "4077111 (S/RES/2774 (2025)); " + Ga12677,
                confirmedByUnRecord: true,
                null),
        };

        ImmutableArray<Meeting> meetings =
        [
            Meeting.Create(ga, date, null, gaVotes.ConvertAll(v => v.Vote)),
            Meeting.Create(sc, date, DocumentSymbol.From("S/PV.9866"), scVotes.ConvertAll(v => v.Vote)),
        ];
        return new SeedDay(date, meetings, [.. gaVotes, .. scVotes]);
    }

    private static List<Ballot> RollCall(string yes, string no, string abstain)
    {
        var ballots = new List<Ballot>();
        Add(ballots, yes, BallotChoice.Yes);
        Add(ballots, no, BallotChoice.No);
        Add(ballots, abstain, BallotChoice.Abstain);
        return ballots;
    }

    private static void Add(List<Ballot> ballots, string codes, BallotChoice choice)
    {
        foreach (string code in codes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            ballots.Add(Ballot.Of(CountryCode.From(code), choice));
        }
    }
}
