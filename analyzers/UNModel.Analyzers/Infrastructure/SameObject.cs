using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace UNModel.Analyzers.Infrastructure
{
    /// <summary>
    /// Compares by object identity. For symbols a compilation hands out once (a property of a referenced assembly, a
    /// block's local), this agrees with <c>SymbolEqualityComparer.Default</c> and costs a pointer comparison.
    /// </summary>
    internal sealed class SameObject<T> : IEqualityComparer<T>
        where T : class
    {
        public static readonly SameObject<T> Comparer = new SameObject<T>();

        private SameObject()
        {
        }

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
