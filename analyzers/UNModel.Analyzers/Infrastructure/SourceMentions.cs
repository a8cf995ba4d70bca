using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using UNModel.Core;

namespace UNModel.Analyzers.Infrastructure
{
    /// <summary>What the text of a compilation names, as far as the analyzers' registrations depend on it.</summary>
    [Flags]
    internal enum Mention
    {
        /// <summary>Neither.</summary>
        None = 0,

        /// <summary>
        /// The <c>UNModel</c> namespace, in code: a token (an identifier, a string) that contains "UNModel", or an identifier
        /// whose escapes spell it. Comments, disabled text and preprocessor directives do not count.
        /// </summary>
        UNModel = 1,

        /// <summary>"veto", "permanent" or "p5" in any case, "BallotChoice", or a Unicode escape, anywhere in the text.</summary>
        Vetoes = 2,

        /// <summary>Both.</summary>
        All = UNModel | Vetoes,
    }

    /// <summary>
    /// One search of a compilation's text when it starts, which decides what the analyzer registers.
    /// <list type="bullet">
    /// <item>Every UNModel call or value object a rule reads is written in code that names the namespace somewhere in the
    /// compilation: a <c>using</c>, a global using (the SDK's implicit ones included, which are a file of the compilation),
    /// an alias or a qualified name. Where no file names it in code, the calls the code makes on UNModel's types can only be
    /// on values from another assembly, which the rules do not read, and the invocation and value-object actions are not
    /// registered.</item>
    /// <item>UNM0019 reports only in code that decides vetoes (<c>HandWrittenPermanentMembers.DecidesVetoes</c>), whose
    /// words are those of <see cref="Mention.Vetoes"/>.</item>
    /// </list>
    /// Each file is copied a window at a time into one buffer (no string of a whole file is made) and searched there; the
    /// search stops once both are found.
    /// </summary>
    internal static class SourceMentions
    {
        /// <summary>The characters of a file read at a time.</summary>
        private const int Window = 4096;

        /// <summary>
        /// The longest word less its first character ("allotChoice"): consecutive windows share this many characters, so a
        /// word that starts in one window's last characters is read whole in the next.
        /// </summary>
        private const int Overlap = 11;

        /// <summary>The bit by which an ASCII letter differs from its capital.</summary>
        private const int CaseBit = 0x20;

        private const string Namespace = "UNModel";

        /// <summary>What the text of <paramref name="compilation"/> names (see <see cref="Mention"/>).</summary>
        internal static Mention Find(Compilation compilation, CancellationToken cancellation)
        {
            Mention found = Mention.None;
            char[]? window = null;
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                cancellation.ThrowIfCancellationRequested();
                SourceText text = tree.GetText(cancellation);
                window ??= new char[Window];
                for (int start = 0; start < text.Length; start += Window - Overlap)
                {
                    int count = Math.Min(Window, text.Length - start);
                    text.CopyTo(start, window, 0, count);
                    for (int at = Next(window, 0, count, Mention.All & ~found, out Mention kind); at >= 0; at = Next(window, at + 1, count, Mention.All & ~found, out kind))
                    {
                        // A Unicode escape may start either; the namespace counts only where the syntax tree shows code.
                        found |= kind & Mention.Vetoes;
                        if ((kind & Mention.UNModel) != 0 && NamesNamespaceInCode(tree, start + at, escaped: window[at] == '\\', cancellation))
                        {
                            found |= Mention.UNModel;
                        }

                        if (found == Mention.All)
                        {
                            return found;
                        }
                    }

                    if (start + count == text.Length)
                    {
                        break;
                    }
                }
            }

            return found;
        }

        /// <summary>
        /// Whether the text at <paramref name="position"/> is in a token, not in trivia (a comment, disabled text, a
        /// directive); for an escape, an identifier whose value contains "UNModel".
        /// </summary>
        private static bool NamesNamespaceInCode(SyntaxTree tree, int position, bool escaped, CancellationToken cancellation)
        {
            SyntaxToken token = tree.GetRoot(cancellation).FindToken(position);
            return token.Span.Contains(position)
                && (!escaped || (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText.IndexOf(Namespace, StringComparison.Ordinal) >= 0));
        }

        /// <summary>
        /// The index of the first word of a kind in <paramref name="wanted"/> that starts at or after <paramref name="from"/>
        /// in the first <paramref name="count"/> characters, with its kind; -1 if none. Where the processor compares many
        /// characters at once, a block of them is read by characters only when it holds the first two characters of a word
        /// ("ve", "pe", "p5", "Ba", "UN", "\u", any case but "Ba" and "UN"): in ordinary code one block in many.
        /// <c>string.IndexOfAny</c> over the characters that start a word prepared a table at each of the thousands of calls
        /// a file needs: over the plain build-cost project (3.4 MB) it took 47-55 ms after its first call, this search 3 ms
        /// (<c>AnalyzerPasses --gate true</c>, docs/performance.md).
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private static int Next(char[] text, int from, int count, Mention wanted, out Mention kind)
        {
            kind = Mention.None;
            if (wanted == Mention.None)
            {
                return -1;
            }

            int width = Vector<ushort>.Count;
            if (Vector.IsHardwareAccelerated)
            {
                ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes(new ReadOnlySpan<char>(text, 0, count));
                var caseBit = new Vector<ushort>(CaseBit);
                var v = new Vector<ushort>('v');
                var p = new Vector<ushort>('p');
                var e = new Vector<ushort>('e');
                var five = new Vector<ushort>('5');
                var b = new Vector<ushort>('B');
                var a = new Vector<ushort>('a');
                var capitalU = new Vector<ushort>('U');
                var capitalN = new Vector<ushort>('N');
                var escape = new Vector<ushort>('\\');
                var u = new Vector<ushort>('u');
                for (; from + width < count; from += width)
                {
                    // Each character and the one after it, and both with the case of a letter folded.
                    Vector<ushort> first = MemoryMarshal.Read<Vector<ushort>>(bytes.Slice(from * sizeof(char)));
                    Vector<ushort> second = MemoryMarshal.Read<Vector<ushort>>(bytes.Slice((from + 1) * sizeof(char)));
                    Vector<ushort> firstFolded = first | caseBit;
                    Vector<ushort> secondFolded = second | caseBit;
                    Vector<ushort> isP = Vector.Equals(firstFolded, p);
                    Vector<ushort> starts = ((Vector.Equals(firstFolded, v) | isP) & Vector.Equals(secondFolded, e))
                        | (isP & Vector.Equals(second, five))
                        | (Vector.Equals(first, b) & Vector.Equals(second, a))
                        | (Vector.Equals(first, capitalU) & Vector.Equals(second, capitalN))
                        | (Vector.Equals(first, escape) & Vector.Equals(secondFolded, u));
                    if (!Vector.EqualsAll(starts, Vector<ushort>.Zero))
                    {
                        int at = ScalarNext(text, from, from + width, count, wanted, out kind);
                        if (at >= 0)
                        {
                            return at;
                        }
                    }
                }
            }

            return ScalarNext(text, from, count, count, wanted, out kind);
        }

        /// <summary>The first word of a kind in <paramref name="wanted"/> that starts from <paramref name="from"/> to before <paramref name="to"/>; it may run on to <paramref name="count"/>.</summary>
        [MethodImpl(JitOnce.Options)]
        private static int ScalarNext(char[] text, int from, int to, int count, Mention wanted, out Mention kind)
        {
            bool vetoes = (wanted & Mention.Vetoes) != 0;
            for (int i = from; i < to; i++)
            {
                char c = text[i];

                // "c | CaseBit" folds the case of an ASCII letter.
                switch (c | CaseBit)
                {
                    case 'v' when vetoes && Matches(text, i + 1, count, "eto", CaseBit):
                    case 'p' when vetoes && ((i + 1 < count && text[i + 1] == '5') || Matches(text, i + 1, count, "ermanent", CaseBit)):
                    case 'b' when vetoes && c == 'B' && Matches(text, i + 1, count, "allotChoice", caseBit: 0):
                        kind = Mention.Vetoes;
                        return i;
                    case 'u' when c == 'U' && (wanted & Mention.UNModel) != 0 && Matches(text, i + 1, count, "NModel", caseBit: 0):
                        kind = Mention.UNModel;
                        return i;
                    case '|' when c == '\\' && i + 1 < count && (text[i + 1] | CaseBit) == 'u':
                        kind = wanted;
                        return i;
                }
            }

            kind = Mention.None;
            return -1;
        }

        /// <summary>
        /// Whether the characters at <paramref name="at"/> are <paramref name="word"/>, each first or-ed with
        /// <paramref name="caseBit"/>: <see cref="CaseBit"/> with a word of lower-case ASCII letters matches it in any case,
        /// as an ordinal comparison that ignores case does (no other character's capital is one of these letters); 0
        /// matches it exactly.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private static bool Matches(char[] text, int at, int count, string word, int caseBit)
        {
            if (count - at < word.Length)
            {
                return false;
            }

            for (int k = 0; k < word.Length; k++)
            {
                if ((text[at + k] | caseBit) != word[k])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
