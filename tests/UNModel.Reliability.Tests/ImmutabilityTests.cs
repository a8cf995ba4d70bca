using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace UNModel.Reliability.Tests;

/// <summary>
/// Catalogue and model types are immutable, enforced by reflection over every public type of the UNModel assembly
/// (NodaTime's MutabilityTest): no public setters (init only on sealed option bags), no public mutable fields, every public struct
/// readonly, no public property or field of a mutable collection type, and every instance field of a public class
/// readonly. The documented exceptions are listed in <see cref="MutableByDesign"/>.
/// </summary>
public sealed class ImmutabilityTests
{
    /// <summary>
    /// Types that are mutable by design, each with its reason. Their own mutable state is allowed; nothing else is.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> MutableByDesign = new Dictionary<string, string>
    {
        ["UNModel.VoteBuilder"] = "a fluent builder: it accumulates ballots, then Build() returns an immutable, validated Vote.",
    };

    /// <summary>
    /// Option bags (<c>…Options</c>, e.g. <c>UnvotesImportOptions</c>) may have <c>init</c> accessors: set in an object
    /// initializer, then never changed. A <c>set</c> accessor is never allowed.
    /// </summary>
    public static bool MayHaveInitAccessors(Type type) => type.Name.EndsWith("Options", StringComparison.Ordinal) && type.IsSealed;

    private static readonly Assembly UNModelAssembly = typeof(Vote).Assembly;

    private static IEnumerable<Type> PublicTypes() =>
        UNModelAssembly.GetExportedTypes().Where(t => !t.IsEnum && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t));

    [Fact]
    public void The_assembly_has_the_expected_public_model_types()
    {
        string[] names = [.. PublicTypes().Select(t => t.FullName!)];
        Assert.Contains("UNModel.Vote", names);
        Assert.Contains("UNModel.Decision", names);
        Assert.Contains("UNModel.CountryCode", names);
        Assert.Contains("UNModel.DocumentSymbol", names);
        Assert.Contains("UNModel.MemberStates", names);
        Assert.All(MutableByDesign.Keys, n => Assert.Contains(n, names));
    }

    [Fact]
    public void No_public_type_has_a_public_setter()
    {
        var offenders = new List<string>();
        foreach (Type type in PublicTypes().Where(t => !MutableByDesign.ContainsKey(t.FullName!)))
        {
            foreach (PropertyInfo p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                if (p.DeclaringType?.Assembly != UNModelAssembly)
                {
                    continue; // e.g. Exception.HelpLink, JsonConverter members: not ours.
                }

                MethodInfo? setter = p.SetMethod;
                if (setter is not null && (setter.IsPublic || setter.IsFamily || setter.IsFamilyOrAssembly) && !(IsInitOnly(setter) && MayHaveInitAccessors(type)))
                {
                    offenders.Add(type.FullName + "." + p.Name + (IsInitOnly(setter) ? " (init)" : " (set)"));
                }
            }
        }

        Assert.True(offenders.Count == 0, "public setters: " + string.Join(", ", offenders));
    }

    [Fact]
    public void No_public_type_has_a_public_mutable_field()
    {
        var offenders = new List<string>();
        foreach (Type type in PublicTypes().Where(t => !MutableByDesign.ContainsKey(t.FullName!)))
        {
            foreach (FieldInfo f in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!f.IsInitOnly && !f.IsLiteral)
                {
                    offenders.Add(type.FullName + "." + f.Name);
                }
            }
        }

        Assert.True(offenders.Count == 0, "public mutable fields: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Every_public_struct_is_readonly()
    {
        string[] offenders = [.. PublicTypes().Where(t => t.IsValueType && !t.IsDefined(typeof(IsReadOnlyAttribute), false)).Select(t => t.FullName!)];
        Assert.True(offenders.Length == 0, "mutable structs: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Every_instance_field_of_a_public_class_is_readonly()
    {
        var offenders = new List<string>();
        foreach (Type type in PublicTypes().Where(t => t.IsClass && !MutableByDesign.ContainsKey(t.FullName!)))
        {
            for (Type? t = type; t is not null && t.Assembly == UNModelAssembly; t = t.BaseType)
            {
                foreach (FieldInfo f in t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    if (!f.IsInitOnly)
                    {
                        offenders.Add(t.FullName + "." + f.Name);
                    }
                }
            }
        }

        Assert.True(offenders.Count == 0, "non-readonly instance fields: " + string.Join(", ", offenders.Distinct()));
    }

    [Fact]
    public void No_public_member_exposes_a_mutable_collection()
    {
        var offenders = new List<string>();
        foreach (Type type in PublicTypes().Where(t => !MutableByDesign.ContainsKey(t.FullName!)))
        {
            IEnumerable<(string Name, Type Type)> members =
                type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Where(p => p.DeclaringType?.Assembly == UNModelAssembly).Select(p => (p.Name, p.PropertyType))
                .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(f => !f.IsLiteral).Select(f => (f.Name, f.FieldType)));
            foreach ((string name, Type memberType) in members)
            {
                if (IsMutableCollection(memberType))
                {
                    offenders.Add(type.FullName + "." + name + ": " + memberType.Name);
                }
            }
        }

        Assert.True(offenders.Count == 0, "mutable collections exposed: " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_catalogue_hands_out_the_same_immutable_instances()
    {
        Assert.Same(MemberStates.Get(CountryCode.From("FRA")), MemberStates.Get(CountryCode.From("FRA")));
        ImmutableArray<MemberState> a = MemberStates.All;
        ImmutableArray<MemberState> b = MemberStates.All;
        Assert.Equal(a, b);
        Assert.Same(Body.SecurityCouncil, Body.Of(BodyKind.SecurityCouncil));
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m == typeof(IsExternalInit));

    private static bool IsMutableCollection(Type t)
    {
        if (t == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(t))
        {
            return false;
        }

        if (t.IsArray)
        {
            return true;
        }

        if (t.IsGenericType)
        {
            Type def = t.GetGenericTypeDefinition();
            if (def == typeof(ImmutableArray<>) || def == typeof(IEnumerable<>) || def == typeof(IReadOnlyList<>) || def == typeof(IReadOnlyCollection<>) || def == typeof(IReadOnlyDictionary<,>) || def == typeof(IReadOnlySet<>)
                || def.Namespace == "System.Collections.Immutable")
            {
                return false;
            }
        }

        return true; // List<T>, Dictionary<,>, HashSet<T>, ICollection<T>, IList<T>, non-generic collections.
    }
}
