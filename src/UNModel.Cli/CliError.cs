using System.Globalization;

namespace UNModel.Cli;

/// <summary>
/// Bad input to a command: the run ends with exit code 2 and this one line on standard error, nothing on standard
/// output. Every command reports its errors through this type (or a <see cref="UNModelException"/>, which carries a
/// rule id); <see cref="Program.Run"/> writes the line.
/// </summary>
internal sealed class CliError : Exception
{
    private CliError(string line)
        : base(line)
    {
    }

    /// <summary>The line: <c>error UNMxxxx: …</c> for a rule, <c>error: …</c> for a usage error.</summary>
    public string Line => Message;

    /// <summary>A usage error: the message, and where the command's help is.</summary>
    /// <param name="command">The command (<c>agreement</c>), or null for the root.</param>
    /// <param name="message">What is wrong, without a final period.</param>
    public static CliError Usage(string? command, string message) =>
        new("error: " + message + " (see '" + Program.Name + (command is null ? string.Empty : " " + command) + " --help')");

    /// <summary>A broken rule of UNModel's, by id.</summary>
    /// <param name="ruleId">E.g. <see cref="RuleIds.MalformedRecord"/>.</param>
    /// <param name="message">What is wrong, without a final period.</param>
    public static CliError Rule(string ruleId, string message) => new("error " + ruleId + ": " + message);

    /// <summary>The line of an exception of the library, which names its rule.</summary>
    public static string LineOf(UNModelException ex) => "error " + OneLine(ex.Message);

    /// <summary>A file that cannot be read or written, with the reason in the user's terms.</summary>
    /// <param name="verb">"read" or "write".</param>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="ex">The cause.</param>
    public static CliError File(string verb, string path, Exception ex)
    {
        string reason = ex switch
        {
            DirectoryNotFoundException => "the folder does not exist",
            FileNotFoundException => "no such file",
            UnauthorizedAccessException => "permission denied",
            PathTooLongException => "the path is too long",
            _ => OneLine(ex.Message).TrimEnd('.'),
        };
        return new CliError("error: cannot " + verb + " '" + path + "': " + reason);
    }

    /// <summary>An output file named by an option: its folder must exist and the path must not be a folder; checked before any work.</summary>
    /// <param name="command">The command.</param>
    /// <param name="option">The option, e.g. <c>--svg</c>.</param>
    /// <param name="path">The path given.</param>
    public static void CheckOutputPath(string command, string option, string path)
    {
        if (path.Length == 0 || path.AsSpan().IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            throw Usage(command, option + " '" + path + "' is not a file path");
        }

        if (Directory.Exists(path))
        {
            throw Usage(command, option + " '" + path + "' is a folder; give the file to write");
        }

        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new CliError("error: cannot write '" + path + "': the folder '" + folder + "' does not exist");
        }
    }

    /// <summary>Writes an output file, turning any failure into one error line.</summary>
    public static void WriteFile(string path, string text)
    {
        try
        {
            System.IO.File.WriteAllText(path, text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw File("write", path, ex);
        }
    }

    /// <summary>A date argument or option, <c>yyyy-mm-dd</c>.</summary>
    public static DateOnly ParseDate(string command, string what, string text) =>
        UNModel.Serialization.JsonNames.TryParseDate(text, out DateOnly date, out string? why)
            ? date
            : throw Usage(command, what + " " + why);

    /// <summary>
    /// Why a command-line argument is not the code of a Member. Codes are written in capitals on the command line as in
    /// records and in the library (one rule: <c>USA</c>, never <c>usa</c>); a code in the wrong case is told its right form.
    /// </summary>
    public static string CodeProblem(string text)
    {
        string upper = text.ToUpperInvariant();
        return upper != text && CountryCode.TryFrom(upper, out _)
            ? "'" + Shown(text) + "' is written in lower case; country codes are written in capitals: " + upper
            : "'" + Shown(text) + "' is not the code of a Member, present or former (ISO alpha-3 in capitals: USA, RUS; former seats SUN, YUG, CSK, DDR, YMD, ZAN, SCG)";
    }

    /// <summary>User text in a message: at most 64 characters, control characters escaped.</summary>
    public static string Shown(string text)
    {
        string cut = text.Length <= 64 ? text : text[..63] + "…";
        return string.Concat(cut.Select(c => char.IsControl(c) ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString()));
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
