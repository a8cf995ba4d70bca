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
    /// <remarks>
    /// Each slot's key object (an operation, a symbol) is kept beside it, so that a search compares the references of one
    /// small array instead of visiting every kept value; a value whose key matches is confirmed by its own test, which
    /// also covers a slot replaced while it is read.
    /// </remarks>
    internal sealed class RecentSlots<T>
        where T : class
    {
        /// <summary>Enough for the blocks analysed at the same time, one per thread of a build machine.</summary>
        private const int Capacity = 16;

        private readonly object gate = new object();
        private readonly object?[] keys = new object?[Capacity];
        private readonly T?[] slots = new T?[Capacity];
        private int next;

        /// <summary>The value kept for <paramref name="key"/> that <paramref name="isFor"/> accepts for <paramref name="full"/>, or null.</summary>
        [MethodImpl(JitOnce.Options)]
        public T? Find<TKey>(object key, TKey full, Func<T, TKey, bool> isFor)
        {
            for (int i = 0; i < keys.Length; i++)
            {
                if (ReferenceEquals(Volatile.Read(ref keys[i]), key) && Volatile.Read(ref slots[i]) is { } kept && isFor(kept, full))
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
        public T Keep<TKey>(T made, object key, TKey full, Func<T, TKey, bool> isFor)
        {
            lock (gate)
            {
                if (Find(key, full, isFor) is { } raced)
                {
                    return raced;
                }

                // The key last: a reader that finds it finds the value with it (or a newer one, which its test refuses).
                Volatile.Write(ref keys[next], null);
                Volatile.Write(ref slots[next], made);
                Volatile.Write(ref keys[next], key);
                next = (next + 1) % Capacity;
                return made;
            }
        }
    }
}
