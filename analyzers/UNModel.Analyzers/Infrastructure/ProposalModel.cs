using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Core;

namespace UNModel.Analyzers.Infrastructure
{
    /// <summary>A proposal as far as it is knowable: its kind, its symbol, what it amends and its declared effect.</summary>
    internal sealed class ProposalModel
    {
        /// <summary>"Draft", "Amendment" or "Motion"; null when not knowable.</summary>
        public string? Kind { get; private set; }

        /// <summary>The canonical symbol, when constant.</summary>
        public string? Symbol { get; private set; }

        /// <summary>The canonical symbol of the amended proposal, when constant.</summary>
        public string? Amends { get; private set; }

        /// <summary>The last <c>WithDeclaredEffect(...)</c> call of the chain, if any.</summary>
        public IInvocationOperation? DeclaredEffectCall { get; private set; }

        /// <summary>Its constant argument, when knowable.</summary>
        public int? DeclaredEffect { get; private set; }

        /// <summary>The Charter basis (<c>CharterBasis</c> flags), when constant; <c>Draft</c> and <c>Amendment</c> start with none.</summary>
        public int? Basis { get; private set; }

        /// <summary>The parties to the dispute (packed codes), when every one is knowable; null otherwise.</summary>
        public List<int>? PartiesToDispute { get; private set; }

        /// <summary>Reads <c>Proposal.Draft(...)</c>, <c>Proposal.Amendment(...)</c>, <c>Proposal.Motion(...)</c> and their <c>With…</c> chains.</summary>
        public static ProposalModel? Read(IOperation? operation, UNModelSymbols symbols)
        {
            if (operation is null)
            {
                return null;
            }

            var model = new ProposalModel();
            bool basisSeen = false;
            bool partiesSeen = false;
            IOperation op = Knowable.Resolve(operation);
            for (int depth = 0; depth < 32; depth++)
            {
                if (op is not IInvocationOperation invocation || !UNModelSymbols.Same(invocation.TargetMethod.ContainingType, symbols.Proposal))
                {
                    return null;
                }

                if (invocation.Instance is { } instance)
                {
                    if (invocation.TargetMethod.Name == "WithDeclaredEffect" && model.DeclaredEffectCall is null)
                    {
                        model.DeclaredEffectCall = invocation;
                        if (invocation.Arguments.Length == 1 && Knowable.TryGetEnum(invocation.Arguments[0].Value, symbols.LegalEffectKind, out int effect))
                        {
                            model.DeclaredEffect = effect;
                        }
                    }

                    // The chain is read from its last call back: the first With… met is the one in force.
                    if (invocation.TargetMethod.Name == "WithBasis" && !basisSeen)
                    {
                        basisSeen = true;
                        model.Basis = invocation.Arguments.Length == 1 && Knowable.TryGetInt(invocation.Arguments[0].Value, out int basis) ? basis : null;
                    }
                    else if (invocation.TargetMethod.Name == "WithPartiesToDispute" && !partiesSeen)
                    {
                        partiesSeen = true;
                        model.PartiesToDispute = ReadCodes(invocation.Arguments.Length == 1 ? invocation.Arguments[0].Value : null, symbols);
                    }

                    op = Knowable.Resolve(instance);
                    continue;
                }

                string name = invocation.TargetMethod.Name;
                model.Kind = name;
                if (!basisSeen)
                {
                    model.Basis = name == "Motion" ? 128 : 0; // CharterBasis.InternalProcedure : CharterBasis.None
                }

                if (!partiesSeen)
                {
                    model.PartiesToDispute = new List<int>();
                }

                if (name == "Draft")
                {
                    model.Symbol = SymbolOf(Knowable.Argument(invocation, "symbol"), symbols);
                }
                else if (name == "Amendment")
                {
                    model.Symbol = SymbolOf(Knowable.Argument(invocation, "symbol"), symbols);
                    model.Amends = SymbolOf(Knowable.Argument(invocation, "amends"), symbols);
                }

                return model;
            }

            return null;
        }

        private static List<int>? ReadCodes(IOperation? operation, UNModelSymbols symbols)
        {
            if (operation is null || !Knowable.TryGetElements(operation, out List<IOperation> elements, out bool complete) || !complete)
            {
                return null;
            }

            var codes = new List<int>();
            foreach (IOperation element in elements)
            {
                int packed = Knowable.TryGetCode(element, symbols);
                if (packed == 0)
                {
                    return null;
                }

                codes.Add(packed);
            }

            return codes;
        }

        /// <summary>The canonical text of a constant symbol: a string, <c>DocumentSymbol.From("...")</c> or <c>DocumentSymbol.Parse("...", ...)</c>.</summary>
        public static string? SymbolOf(IOperation? operation, UNModelSymbols symbols)
        {
            if (operation is null)
            {
                return null;
            }

            IOperation op = Knowable.Resolve(operation);
            string text;
            if (op.Type?.SpecialType == SpecialType.System_String)
            {
                if (!Knowable.TryGetString(op, out text))
                {
                    return null;
                }
            }
            else if (op is IInvocationOperation invocation && UNModelSymbols.Same(invocation.TargetMethod.ContainingType, symbols.DocumentSymbol)
                && (invocation.TargetMethod.Name == "From" || invocation.TargetMethod.Name == "Parse") && invocation.Arguments.Length >= 1
                && Knowable.TryGetString(invocation.Arguments[0].Value, out string constant))
            {
                text = constant;
            }
            else
            {
                return null;
            }

            return DocumentSymbolGrammar.TryParse(text.AsSpan(), out SymbolParts parts) ? DocumentSymbolGrammar.Format(parts) : null;
        }
    }
}
