using System.Runtime.CompilerServices;

// Shared between the runtime library and the analyzers.
namespace UNModel.Core
{
    /// <summary>Packs an ISO 3166-1 alpha-3 code into a small positive integer (0 means "none").</summary>
    internal static class CountryCodePacking
    {
        /// <summary>One more than the largest packed value.</summary>
        public const int Capacity = (26 * 26 * 26) + 1;

        /// <summary>Packs three upper-case ASCII letters; returns 0 when <paramref name="code"/> is not of that form.</summary>
        [MethodImpl(JitOnce.Options)]
        public static int Pack(string? code)
        {
            if (code is null || code.Length != 3)
            {
                return 0;
            }

            return Pack(code[0], code[1], code[2]);
        }

        /// <summary>Packs three upper-case ASCII letters; returns 0 when any is not one.</summary>
        [MethodImpl(JitOnce.Options)]
        public static int Pack(char a, char b, char c)
        {
            if (!IsUpper(a) || !IsUpper(b) || !IsUpper(c))
            {
                return 0;
            }

            return ((a - 'A') * 676) + ((b - 'A') * 26) + (c - 'A') + 1;
        }

        /// <summary>The three letters of a packed code.</summary>
        [MethodImpl(JitOnce.Options)]
        public static string Unpack(int packed)
        {
            int v = packed - 1;
            return new string(new[] { (char)('A' + (v / 676)), (char)('A' + (v / 26 % 26)), (char)('A' + (v % 26)) });
        }

        [MethodImpl(JitOnce.Options)]
        private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';
    }
}
