using System.Reflection;
using UNModel.Analyzers.Tests.Helpers;

namespace UNModel.Analyzers.Tests.Infrastructure;

/// <summary>
/// The analyzers compile the runtime's shared Charter sources and embed its data files. These tests load both copies of
/// <c>UNModel.Core.CharterFacts</c> by reflection and check that they answer every question alike, for every state on two
/// days of every year from 1946 to 2026.
/// </summary>
public sealed class CharterFactsAgreementTests
{
    private static readonly Facts Analyzer = new(AllAnalyzers.Assembly);
    private static readonly Facts Runtime = new(typeof(Ballot).Assembly);

    [Fact]
    public void Both_assemblies_read_the_same_states()
    {
        Assert.Equal(Runtime.States(), Analyzer.States());
        Assert.NotEmpty(Runtime.States());
    }

    [Fact]
    public void Both_assemblies_give_the_same_answers_for_every_state_and_year()
    {
        int[] states = [.. Runtime.States().Select(s => Runtime.Pack(s.Split(',')[0])).Distinct()];
        int compared = 0;
        for (int year = 1946; year <= 2026; year++)
        {
            foreach (int day in new[] { (year * 10000) + 101, (year * 10000) + 701 })
            {
                foreach (string body in Enum.GetNames<BodyKind>())
                {
                    Assert.Equal(Runtime.Call("SeatCount", Runtime.Body(body), day), Analyzer.Call("SeatCount", Analyzer.Body(body), day));
                }

                Assert.Equal(Runtime.Call("CouncilAffirmativeVotes", day), Analyzer.Call("CouncilAffirmativeVotes", day));
                foreach (int packed in states)
                {
                    foreach (string question in new[] { "IsUnMember", "IsObserver", "IsPermanentMember", "IsCouncilMember" })
                    {
                        Assert.True(Equals(Runtime.Call(question, packed, day), Analyzer.Call(question, packed, day)), question + " " + packed + " " + day);
                    }

                    foreach (string body in Enum.GetNames<BodyKind>())
                    {
                        Assert.Equal(Runtime.Call("MaySit", Runtime.Body(body), packed, day), Analyzer.Call("MaySit", Analyzer.Body(body), packed, day));
                    }

                    compared++;
                }
            }
        }

        foreach (int packed in states)
        {
            Assert.Equal(Runtime.Call("WasEverPermanentMember", packed), Analyzer.Call("WasEverPermanentMember", packed));
        }

        Assert.True(compared > 81 * 2 * 190, "compared " + compared);
    }

    [Fact]
    public void Every_state_of_the_data_has_its_catalogue_property()
    {
        foreach (string state in Analyzer.States())
        {
            string[] parts = state.Split(',');
            Type catalogue = parts[3] == "True" ? typeof(ObserverStates) : typeof(MemberStates);
            Assert.True(catalogue.GetProperty(parts[1], BindingFlags.Public | BindingFlags.Static) is not null, catalogue.Name + "." + parts[1]);
        }
    }

    /// <summary>One assembly's <c>CharterFacts</c>, called by reflection.</summary>
    private sealed class Facts
    {
        private readonly Type facts;
        private readonly Type bodyKind;
        private readonly MethodInfo pack;
        private readonly Dictionary<string, MethodInfo> methods = [];

        public Facts(Assembly assembly)
        {
            facts = assembly.GetType("UNModel.Core.CharterFacts", throwOnError: true)!;
            bodyKind = assembly.GetType("UNModel.BodyKind", throwOnError: true)!;
            pack = assembly.GetType("UNModel.Core.CountryCodePacking", throwOnError: true)!.GetMethod("Pack", [typeof(string)])!;
        }

        public int Pack(string code) => (int)pack.Invoke(null, [code])!;

        public object Body(string name) => Enum.Parse(bodyKind, name);

        public object? Call(string name, params object[] args)
        {
            if (!methods.TryGetValue(name, out MethodInfo? method))
            {
                method = facts.GetMethod(name, BindingFlags.Public | BindingFlags.Static) ?? throw new MissingMethodException(facts.FullName, name);
                methods[name] = method;
            }

            return method.Invoke(null, args);
        }

        /// <summary>"alpha3,identifier,name,isObserver,admitted,left" for every record.</summary>
        public List<string> States()
        {
            object data = facts.GetProperty("Data", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var states = (System.Collections.IEnumerable)data.GetType().GetProperty("States")!.GetValue(data)!;
            var result = new List<string>();
            foreach (object s in states)
            {
                Type t = s.GetType();
                result.Add(string.Join(",", t.GetProperty("Alpha3")!.GetValue(s), t.GetProperty("Identifier")!.GetValue(s), t.GetProperty("Name")!.GetValue(s),
                    t.GetProperty("IsObserver")!.GetValue(s), t.GetProperty("Admitted")!.GetValue(s), t.GetProperty("Left")!.GetValue(s)));
            }

            return result;
        }
    }
}
