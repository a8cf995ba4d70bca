using System.Runtime.CompilerServices;
using System.Threading;
using UNModel.Core;

namespace UNModel.Analyzers.Infrastructure
{
    /// <summary>
    /// A map keyed by object identity that only grows, read without a lock: open addressing over one array of key and
    /// value pairs, so that a lookup is a hash of the key's header and, mostly, one read of that array. For symbols a
    /// compilation hands out once (a property of a referenced assembly), identity agrees with
    /// <c>SymbolEqualityComparer.Default</c>.
    /// </summary>
    /// <remarks>
    /// A writer (under the lock) sets an entry's value before its key, and publishes a grown array only once it is full;
    /// an entry, once set, never changes. A reader that sees a key therefore sees its value.
    /// </remarks>
    internal sealed class IdentityMap<TKey, TValue>
        where TKey : class
    {
        private readonly object gate = new object();
        private Entry[] entries = new Entry[64];
        private int count;

        /// <summary>Whether <paramref name="key"/> has a value, and that value.</summary>
        [MethodImpl(JitOnce.Options)]
        public bool TryGetValue(TKey key, out TValue value)
        {
            Entry[] table = Volatile.Read(ref entries);
            int mask = table.Length - 1;
            for (int i = RuntimeHelpers.GetHashCode(key) & mask; ; i = (i + 1) & mask)
            {
                TKey? found = Volatile.Read(ref table[i].Key);
                if (found is null)
                {
                    value = default!;
                    return false;
                }

                if (ReferenceEquals(found, key))
                {
                    value = table[i].Value;
                    return true;
                }
            }
        }

        /// <summary>The value kept for <paramref name="key"/>; <paramref name="value"/> when there was none (then kept; once per key, on the usual tiers).</summary>
        public TValue GetOrAdd(TKey key, TValue value)
        {
            lock (gate)
            {
                if (TryGetValue(key, out TValue known))
                {
                    return known;
                }

                Entry[] table = entries;
                if ((count + 1) * 2 > table.Length)
                {
                    // At most half full, so that a search meets an empty entry soon.
                    var grown = new Entry[table.Length * 2];
                    foreach (Entry entry in table)
                    {
                        if (entry.Key is not null)
                        {
                            Set(grown, entry.Key, entry.Value);
                        }
                    }

                    Set(grown, key, value);
                    Volatile.Write(ref entries, grown);
                }
                else
                {
                    Set(table, key, value);
                }

                count++;
                return value;
            }
        }

        private static void Set(Entry[] table, TKey key, TValue value)
        {
            int mask = table.Length - 1;
            int i = RuntimeHelpers.GetHashCode(key) & mask;
            while (table[i].Key is not null)
            {
                i = (i + 1) & mask;
            }

            table[i].Value = value;
            Volatile.Write(ref table[i].Key, key);
        }

        private struct Entry
        {
            public TKey? Key;
            public TValue Value;
        }
    }
}
