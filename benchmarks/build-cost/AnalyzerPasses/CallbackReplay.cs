using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

/// <summary>
/// Times an analyzer's operation callbacks alone: the operation trees of every method, accessor and field initializer
/// are built once; each pass initializes the analyzer afresh (a new compilation start, so its per-compilation caches
/// start empty) and hands it every operation in the driver's order, block by block in source order. Prints
/// <c>replay &lt;n&gt; &lt;assembly&gt; &lt;seconds&gt; allocated &lt;bytes&gt; diagnostics &lt;n&gt;</c>, the bytes allocated by this
/// thread during the pass (the contexts this replay makes for each operation included: compare with an empty analyzer).
/// </summary>
internal static class CallbackReplay
{
    public static void Run(Compilation compilation, DiagnosticAnalyzer analyzer, string name, int passes)
    {
        var operations = new List<(IOperation Operation, ISymbol Owner)>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
            {
                (IOperation? root, ISymbol? owner) = node switch
                {
                    BaseMethodDeclarationSyntax or AccessorDeclarationSyntax => (model.GetOperation(node), model.GetDeclaredSymbol(node)),
                    EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } field } => (model.GetOperation(node), model.GetDeclaredSymbol(field)),
                    _ => (null, null),
                };
                if (root is not null && owner is not null)
                {
                    operations.AddRange(root.DescendantsAndSelf().Select(op => (op, owner)));
                }
            }
        }

        var options = new AnalyzerOptions([]);
        Func<Diagnostic, bool> supported = _ => true;
        for (int pass = 1; pass <= passes; pass++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            int found = 0;
            Action<Diagnostic> report = _ => found++;
            var clock = Stopwatch.StartNew();
            long before = GC.GetAllocatedBytesForCurrentThread();
            var context = new Registrations();
            analyzer.Initialize(context);
            var start = new StartRegistrations(compilation, options, context.Actions);
            foreach (Action<CompilationStartAnalysisContext> action in context.Starts)
            {
                action(start);
            }

            foreach ((IOperation operation, ISymbol owner) in operations)
            {
                if (!start.Actions.TryGetValue(operation.Kind, out List<Action<OperationAnalysisContext>>? actions))
                {
                    continue;
                }

#pragma warning disable CS0618 // the public constructor without a control-flow-graph callback is all a replay needs
                var operationContext = new OperationAnalysisContext(operation, owner, compilation, options, report, supported, CancellationToken.None);
#pragma warning restore CS0618
                foreach (Action<OperationAnalysisContext> action in actions)
                {
                    action(operationContext);
                }
            }

            clock.Stop();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"replay {pass} {name} {clock.Elapsed.TotalSeconds:F4} allocated {allocated} diagnostics {found}"));
        }
    }

    /// <summary>Keeps the compilation start actions and the operation actions; the replay runs nothing else.</summary>
    private sealed class Registrations : AnalysisContext
    {
        public List<Action<CompilationStartAnalysisContext>> Starts { get; } = [];

        public Dictionary<OperationKind, List<Action<OperationAnalysisContext>>> Actions { get; } = [];

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => Starts.Add(action);

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unsupported();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => Add(Actions, action, operationKinds);

        public override void EnableConcurrentExecution()
        {
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
        {
        }

        internal static NotSupportedException Unsupported() => new("the replay hands out operations only: register operation actions");

        internal static void Add(Dictionary<OperationKind, List<Action<OperationAnalysisContext>>> actions, Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
            foreach (OperationKind kind in operationKinds)
            {
                if (!actions.TryGetValue(kind, out List<Action<OperationAnalysisContext>>? list))
                {
                    actions[kind] = list = [];
                }

                list.Add(action);
            }
        }
    }

    /// <summary>Adds the operation actions registered at compilation start to those registered directly.</summary>
    private sealed class StartRegistrations(Compilation compilation, AnalyzerOptions options, Dictionary<OperationKind, List<Action<OperationAnalysisContext>>> actions)
        : CompilationStartAnalysisContext(compilation, options, CancellationToken.None)
    {
        public Dictionary<OperationKind, List<Action<OperationAnalysisContext>>> Actions => actions;

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            Registrations.Add(actions, action, operationKinds);

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw Registrations.Unsupported();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Registrations.Unsupported();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Registrations.Unsupported();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Registrations.Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Registrations.Unsupported();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Registrations.Unsupported();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Registrations.Unsupported();
    }
}
