using System;
using System.IO;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using UNModel.Core;

namespace UNModel.Analyzers.Infrastructure
{
    /// <summary>The UNModel types the rules look for, resolved once per compilation.</summary>
    internal sealed class UNModelSymbols
    {
        private const string AssemblyName = "UNModel";

        private UNModelSymbols(IAssemblySymbol unmodel, INamedTypeSymbol ballot)
        {
            Ballot = ballot;
            Vote = unmodel.GetTypeByMetadataName("UNModel.Vote");
            VoteBuilder = unmodel.GetTypeByMetadataName("UNModel.VoteBuilder");
            Body = unmodel.GetTypeByMetadataName("UNModel.Body");
            MemberStates = unmodel.GetTypeByMetadataName("UNModel.MemberStates");
            ObserverStates = unmodel.GetTypeByMetadataName("UNModel.ObserverStates");
            State = unmodel.GetTypeByMetadataName("UNModel.State");
            CountryCode = unmodel.GetTypeByMetadataName("UNModel.CountryCode");
            SessionNumber = unmodel.GetTypeByMetadataName("UNModel.SessionNumber");
            DocumentSymbol = unmodel.GetTypeByMetadataName("UNModel.DocumentSymbol");
            Tally = unmodel.GetTypeByMetadataName("UNModel.Tally");
            Decision = unmodel.GetTypeByMetadataName("UNModel.Decision");
            DeclaredOutcome = unmodel.GetTypeByMetadataName("UNModel.DeclaredOutcome");
            Proposal = unmodel.GetTypeByMetadataName("UNModel.Proposal");
            Meeting = unmodel.GetTypeByMetadataName("UNModel.Meeting");
            ElectionCandidate = unmodel.GetTypeByMetadataName("UNModel.ElectionCandidate");
            ElectionRound = unmodel.GetTypeByMetadataName("UNModel.ElectionRound");
            QuestionKind = unmodel.GetTypeByMetadataName("UNModel.QuestionKind");
            BallotChoice = unmodel.GetTypeByMetadataName("UNModel.BallotChoice");
            VoteOutcome = unmodel.GetTypeByMetadataName("UNModel.VoteOutcome");
            LegalEffectKind = unmodel.GetTypeByMetadataName("UNModel.LegalEffectKind");
            OperativeLanguage = unmodel.GetTypeByMetadataName("UNModel.OperativeLanguage");
            BodyKind = unmodel.GetTypeByMetadataName("UNModel.BodyKind");
            SecurityCouncilBody = unmodel.GetTypeByMetadataName("UNModel.SecurityCouncilBody");
        }

        public INamedTypeSymbol Ballot { get; }

        public INamedTypeSymbol? Vote { get; }

        public INamedTypeSymbol? VoteBuilder { get; }

        public INamedTypeSymbol? Body { get; }

        public INamedTypeSymbol? MemberStates { get; }

        public INamedTypeSymbol? ObserverStates { get; }

        public INamedTypeSymbol? State { get; }

        public INamedTypeSymbol? CountryCode { get; }

        public INamedTypeSymbol? SessionNumber { get; }

        public INamedTypeSymbol? DocumentSymbol { get; }

        public INamedTypeSymbol? Tally { get; }

        public INamedTypeSymbol? Decision { get; }

        public INamedTypeSymbol? DeclaredOutcome { get; }

        public INamedTypeSymbol? Proposal { get; }

        public INamedTypeSymbol? Meeting { get; }

        public INamedTypeSymbol? ElectionCandidate { get; }

        public INamedTypeSymbol? ElectionRound { get; }

        public INamedTypeSymbol? QuestionKind { get; }

        public INamedTypeSymbol? BallotChoice { get; }

        public INamedTypeSymbol? VoteOutcome { get; }

        public INamedTypeSymbol? LegalEffectKind { get; }

        public INamedTypeSymbol? OperativeLanguage { get; }

        public INamedTypeSymbol? BodyKind { get; }

        public INamedTypeSymbol? SecurityCouncilBody { get; }

        /// <summary>
        /// Whether the compilation may reference UNModel, from the references as given (file names, compilation names): no
        /// symbol is bound, so a compilation without UNModel pays nothing more. A reference without a file name may be
        /// UNModel and counts as one; the exact check is <see cref="TryCreate"/>.
        /// </summary>
        public static bool MayReference(Compilation compilation)
        {
            // ExternalReferences, not References: the latter binds the compilation's references (the compiler's work, which
            // would then be charged to this analyzer at the start of every build).
            foreach (MetadataReference reference in compilation.ExternalReferences)
            {
                switch (reference)
                {
                    case CompilationReference project when project.Compilation.AssemblyName == AssemblyName:
                    case PortableExecutableReference { FilePath: null }:
                        return true;
                    case PortableExecutableReference file when string.Equals(Path.GetFileNameWithoutExtension(file.FilePath), AssemblyName, StringComparison.OrdinalIgnoreCase):
                        return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Resolves the types from the assembly that declares a UNModel method or type the code uses (called at the first such
        /// use, so code that never touches UNModel resolves nothing); false for any assembly but the real library (a
        /// look-alike <c>UNModel</c> namespace elsewhere is not UNModel).
        /// </summary>
        public static bool TryCreate(IAssemblySymbol? assembly, out UNModelSymbols symbols)
        {
            if (assembly?.Name == AssemblyName && assembly.GetTypeByMetadataName("UNModel.Ballot") is INamedTypeSymbol ballot)
            {
                symbols = new UNModelSymbols(assembly, ballot);
                return true;
            }

            symbols = null!;
            return false;
        }

        /// <summary>Whether <paramref name="type"/> is <c>System.DateOnly</c> (by name: the type UNModel's own methods take).</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool IsDateOnly(ITypeSymbol? type) =>
            type is { Name: "DateOnly", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

        /// <summary>Cheap pre-filter, strings only: whether <paramref name="type"/> may be one of UNModel's value objects (UNM0009).</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool MayBeValueObject(ITypeSymbol? type) =>
            type is { Name: "Ballot" or "CountryCode" or "SessionNumber" or "DocumentSymbol" or "Tally" or "Decision", ContainingNamespace: { Name: "UNModel", ContainingNamespace.IsGlobalNamespace: true } };

        /// <summary>Whether <paramref name="type"/> is one of UNModel's value objects, which are created only by their factories (UNM0009).</summary>
        [MethodImpl(JitOnce.Options)]
        public bool IsValueObject(ITypeSymbol? type) =>
            MayBeValueObject(type)
            && (Same(type, Ballot) || Same(type, CountryCode) || Same(type, SessionNumber) || Same(type, DocumentSymbol) || Same(type, Tally) || Same(type, Decision));

        /// <summary>Whether two symbols are the same declaration; the same object or a different name answers without the comparer.</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool Same(ISymbol? a, ISymbol? b) =>
            a is not null && b is not null && (ReferenceEquals(a, b) || (a.Name == b.Name && SymbolEqualityComparer.Default.Equals(a.OriginalDefinition, b.OriginalDefinition)));

        /// <summary>
        /// Cheap pre-filter, strings only: whether the type is declared in the <c>UNModel</c> namespace. Every invocation rule
        /// looks only at UNModel's methods, so this comes before any symbol comparison.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public static bool IsInUNModelNamespace(INamedTypeSymbol type) =>
            type.ContainingNamespace is { Name: "UNModel" } ns && ns.ContainingNamespace is { IsGlobalNamespace: true };

        /// <summary>Whether the method is the named static or instance method of <paramref name="type"/>.</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool Is(IMethodSymbol method, INamedTypeSymbol? type, string name) => method.Name == name && Same(method.ContainingType, type);
    }
}
