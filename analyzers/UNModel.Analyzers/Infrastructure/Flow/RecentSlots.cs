using System;
using System.Runtime.CompilerServices;
using System.Threading;
using UNModel.Core;

namespace UNModel.Analyzers.Infrastructure.Flow
{
    /// <summary>
    /// The last few values read, kept while in use: the compiler runs a block's actions together, and a file's votes read
    /// its fields and dates again and again. Read without a lock (each slot holds a finished, read-only value); the lock
    /// only orders the writers. Nothing is kept for the whole compilation, and nothing depends on the garbage collector.
    /// </summary>
    internal sealed class RecentSlots<T>
        where T : class
    {
        /// <summary>Enough for the blocks analysed at the same time, one per thread of a build machine.</summary>
        private const int Capacity = 16;

        private readonly object gate = new object();
        private readonly T?[] slots = new T?[Capacity];
        private int next;

        /// <summary>The value kept for <paramref name="key"/>, or null.</summary>
        [MethodImpl(JitOnce.Options)]
        public T? Find<TKey>(TKey key, Func<T, TKey, bool> isFor)
        {
            for (int i = 0; i < slots.Length; i++)
            {
                if (Volatile.Read(ref slots[i]) is { } kept && isFor(kept, key))
                {
                    return kept;
                }
            }

            return null;
        }

        /// <summary>
        /// Keeps <paramref name="made"/>, in place of the oldest value; when another thread has kept a value for the same key
        /// meanwhile, that one is returned and <paramref name="made"/> dropped, so that one value serves the key.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public T Keep<TKey>(T made, TKey key, Func<T, TKey, bool> isFor)
        {
            lock (gate)
            {
                if (Find(key, isFor) is { } raced)
                {
                    return raced;
                }

                Volatile.Write(ref slots[next], made);
                next = (next + 1) % slots.Length;
                return made;
            }
        }
    }
}
