using Microsoft.CodeAnalysis;

namespace UNModel.Analyzers.Infrastructure
{
    /// <summary>The UNModel types the rules look for, resolved once per compilation.</summary>
    internal sealed class UNModelSymbols
    {
        private UNModelSymbols(Compilation compilation, INamedTypeSymbol ballot)
        {
            Ballot = ballot;
            Vote = compilation.GetTypeByMetadataName("UNModel.Vote");
            VoteBuilder = compilation.GetTypeByMetadataName("UNModel.VoteBuilder");
            Body = compilation.GetTypeByMetadataName("UNModel.Body");
            MemberStates = compilation.GetTypeByMetadataName("UNModel.MemberStates");
            ObserverStates = compilation.GetTypeByMetadataName("UNModel.ObserverStates");
            State = compilation.GetTypeByMetadataName("UNModel.State");
            CountryCode = compilation.GetTypeByMetadataName("UNModel.CountryCode");
            DocumentSymbol = compilation.GetTypeByMetadataName("UNModel.DocumentSymbol");
            Tally = compilation.GetTypeByMetadataName("UNModel.Tally");
            Decision = compilation.GetTypeByMetadataName("UNModel.Decision");
            DeclaredOutcome = compilation.GetTypeByMetadataName("UNModel.DeclaredOutcome");
            Proposal = compilation.GetTypeByMetadataName("UNModel.Proposal");
            Meeting = compilation.GetTypeByMetadataName("UNModel.Meeting");
            QuestionKind = compilation.GetTypeByMetadataName("UNModel.QuestionKind");
            BallotChoice = compilation.GetTypeByMetadataName("UNModel.BallotChoice");
            VoteOutcome = compilation.GetTypeByMetadataName("UNModel.VoteOutcome");
            LegalEffectKind = compilation.GetTypeByMetadataName("UNModel.LegalEffectKind");
            OperativeLanguage = compilation.GetTypeByMetadataName("UNModel.OperativeLanguage");
            BodyKind = compilation.GetTypeByMetadataName("UNModel.BodyKind");
            SecurityCouncilBody = compilation.GetTypeByMetadataName("UNModel.SecurityCouncilBody");
            DateOnly = compilation.GetTypeByMetadataName("System.DateOnly");
        }

        public INamedTypeSymbol Ballot { get; }

        public INamedTypeSymbol? Vote { get; }

        public INamedTypeSymbol? VoteBuilder { get; }

        public INamedTypeSymbol? Body { get; }

        public INamedTypeSymbol? MemberStates { get; }

        public INamedTypeSymbol? ObserverStates { get; }

        public INamedTypeSymbol? State { get; }

        public INamedTypeSymbol? CountryCode { get; }

        public INamedTypeSymbol? DocumentSymbol { get; }

        public INamedTypeSymbol? Tally { get; }

        public INamedTypeSymbol? Decision { get; }

        public INamedTypeSymbol? DeclaredOutcome { get; }

        public INamedTypeSymbol? Proposal { get; }

        public INamedTypeSymbol? Meeting { get; }

        public INamedTypeSymbol? QuestionKind { get; }

        public INamedTypeSymbol? BallotChoice { get; }

        public INamedTypeSymbol? VoteOutcome { get; }

        public INamedTypeSymbol? LegalEffectKind { get; }

        public INamedTypeSymbol? OperativeLanguage { get; }

        public INamedTypeSymbol? BodyKind { get; }

        public INamedTypeSymbol? SecurityCouncilBody { get; }

        public INamedTypeSymbol? DateOnly { get; }

        /// <summary>Resolves the types; false when the compilation does not reference UNModel (the rules then stay silent).</summary>
        public static bool TryCreate(Compilation compilation, out UNModelSymbols symbols)
        {
            // Only the real library: a look-alike type of the same name in another assembly is not UNModel.
            INamedTypeSymbol? ballot = compilation.GetTypeByMetadataName("UNModel.Ballot");
            if (ballot is null || ballot.ContainingAssembly?.Name != "UNModel")
            {
                symbols = null!;
                return false;
            }

            symbols = new UNModelSymbols(compilation, ballot);
            return true;
        }

        /// <summary>Whether <paramref name="type"/> is one of UNModel's value objects, which are created only by their factories (UNM0009).</summary>
        public bool IsValueObject(ITypeSymbol? type) =>
            type is not null
            && (Same(type, Ballot) || Same(type, CountryCode) || Same(type, DocumentSymbol) || Same(type, Tally) || Same(type, Decision));

        public static bool Same(ISymbol? a, ISymbol? b) => a is not null && b is not null && SymbolEqualityComparer.Default.Equals(a.OriginalDefinition, b.OriginalDefinition);

        /// <summary>
        /// Cheap pre-filter, strings only: whether the method is declared by a type of the <c>UNModel</c> namespace. Every
        /// invocation rule looks only at UNModel's methods, so it calls this before any symbol comparison.
        /// </summary>
        public static bool IsUNModelMethod(IMethodSymbol method) =>
            method.ContainingType?.ContainingNamespace is { Name: "UNModel" } ns && ns.ContainingNamespace is { IsGlobalNamespace: true };

        /// <summary>Whether the method is the named static or instance method of <paramref name="type"/>.</summary>
        public static bool Is(IMethodSymbol method, INamedTypeSymbol? type, string name) => method.Name == name && Same(method.ContainingType, type);
    }
}
