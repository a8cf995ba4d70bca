using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using UNModel.Analysis;

namespace UNModel.Cli.Commands;

/// <summary><c>unmodel power SecurityCouncil --date 2025-02-24 [--question procedural]</c>: exact Shapley–Shubik and Banzhaf indices of a body's seats.</summary>
internal static class PowerCommand
{
    public static Command Create(CliIO io)
    {
        var body = new Argument<string>("body") { Description = "SecurityCouncil, GeneralAssembly, EconomicAndSocialCouncil or HumanRightsCouncil (also sc, ga, ecosoc, hrc)." };
        var date = new Option<string?>("--date") { Description = "The date, yyyy-mm-dd (default: today). Fixes the seats and the rule (7 of 11 before 1966, 9 of 15 after)." };
        var question = new Option<string?>("--question") { Description = "substantive (Council default), procedural, simple (default elsewhere) or two-thirds." };
        var command = new Command("power", "Voting power of each seat of a body under the engine's rule: exact Shapley-Shubik and Banzhaf indices.");
        command.Arguments.Add(body);
        command.Options.Add(date);
        command.Options.Add(question);
        command.SetAction(parse => Run(io, parse.GetValue(body)!, parse.GetValue(date), parse.GetValue(question)));
        return command;
    }

    private static int Run(CliIO io, string bodyText, string? dateText, string? questionText)
    {
        Body? body = bodyText.ToUpperInvariant() switch
        {
            "SECURITYCOUNCIL" or "SC" or "SECURITY-COUNCIL" => Body.SecurityCouncil,
            "GENERALASSEMBLY" or "GA" or "GENERAL-ASSEMBLY" => Body.GeneralAssembly,
            "ECONOMICANDSOCIALCOUNCIL" or "ECOSOC" => Body.EconomicAndSocialCouncil,
            "HUMANRIGHTSCOUNCIL" or "HRC" => Body.HumanRightsCouncil,
            _ => null,
        };
        if (body is null)
        {
            throw CliError.Usage("power", "'" + CliError.Shown(bodyText) + "' is not a body: use SecurityCouncil, GeneralAssembly, EconomicAndSocialCouncil or HumanRightsCouncil (or sc, ga, ecosoc, hrc)");
        }

        DateOnly date = dateText is null ? DateOnly.FromDateTime(DateTime.UtcNow) : CliError.ParseDate("power", "--date", dateText);

        QuestionKind? question = questionText?.ToUpperInvariant() switch
        {
            null => null,
            "SUBSTANTIVE" => QuestionKind.Substantive,
            "PROCEDURAL" => QuestionKind.Procedural,
            "SIMPLE" or "SIMPLEMAJORITY" => QuestionKind.SimpleMajority,
            "TWO-THIRDS" or "TWOTHIRDS" => QuestionKind.TwoThirds,
            _ => (QuestionKind)0,
        };
        if (question == 0)
        {
            throw CliError.Usage("power", "--question '" + CliError.Shown(questionText!) + "' is not a kind of question: substantive, procedural, simple or two-thirds");
        }

        // UNM0012 (a kind of question the body does not decide) and UNM0015 (before its first meeting) come from the engine.
        VotingGame game = VotingGame.Of(body, date, question);
        ImmutableArray<ClassPower> power = game.Compute();
        TextWriter o = io.Out;
        o.WriteLine("Voting power in the " + game.Name + ": " + game.Players.ToString(CultureInfo.InvariantCulture) + " seats; a coalition of yes votes wins when the engine's rule adopts with everyone else voting no" + (game.Classes.Any(c => c.IsVeto) ? " (each permanent member a veto player)" : string.Empty) + ".");
        o.WriteLine();
        var rows = new List<string[]>();
        foreach (ClassPower p in power)
        {
            rows.Add(
            [
                p.Class.Name,
                p.Class.Count.ToString(CultureInfo.InvariantCulture),
                p.Class.IsVeto ? "yes" : "no",
                p.ShapleyShubik.ToString("0.00000", CultureInfo.InvariantCulture) + " (" + p.ShapleyShubikNumerator + "/" + p.ShapleyShubikDenominator + ")",
                (p.ShapleyShubik * p.Class.Count).ToString("0.0000", CultureInfo.InvariantCulture),
                p.Banzhaf.ToString("0.00000", CultureInfo.InvariantCulture),
                (p.Banzhaf * p.Class.Count).ToString("0.0000", CultureInfo.InvariantCulture),
                p.RawBanzhaf.ToString("0.00000", CultureInfo.InvariantCulture),
            ]);
        }

        Output.Table(o, ["seat", "seats", "veto", "Shapley-Shubik (each)", "(class)", "Banzhaf norm. (each)", "(class)", "Banzhaf raw (each)"], rows);
        o.WriteLine();
        foreach (ClassPower p in power)
        {
            if (!p.Class.Members.IsEmpty && p.Class.Members.Length <= 20)
            {
                o.WriteLine(char.ToUpperInvariant(p.Class.Name[0]) + p.Class.Name[1..] + ": " + string.Join(", ", p.Class.Members.Select(c => MemberStates.Get(c).Name + " (" + c.Value + ")")) + ".");
            }
        }

        o.WriteLine("Shapley-Shubik: the share of the orders of all seats in which the seat is pivotal. Banzhaf: the seat's swings (coalitions of the others it turns from losing to winning) over all seats' swings (normalised) or over 2^(n-1) (raw).");
        return 0;
    }
}
