using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace UNModel.Analyzers.Infrastructure
{
    /// <summary>The registration the invocation rules share: UNModel resolved once per compilation, calls to anything else skipped by name.</summary>
    internal static class UNModelInvocations
    {
        /// <summary>
        /// Registers <paramref name="analyze"/> on the invocations of UNModel methods; nothing is registered when the
        /// compilation does not reference UNModel. Names are checked before symbols.
        /// </summary>
        public static void Register(AnalysisContext context, Action<OperationAnalysisContext, IInvocationOperation, UNModelSymbols> analyze)
        {
            context.RegisterCompilationStartAction(start =>
            {
                if (!UNModelSymbols.TryCreate(start.Compilation, out UNModelSymbols symbols))
                {
                    return;
                }

                start.RegisterOperationAction(
                    c =>
                    {
                        var invocation = (IInvocationOperation)c.Operation;
                        if (UNModelSymbols.IsUNModelMethod(invocation.TargetMethod))
                        {
                            analyze(c, invocation, symbols);
                        }
                    },
                    OperationKind.Invocation);
            });
        }
    }
}
