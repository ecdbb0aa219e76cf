using System.Reflection;
using System.Reflection.Emit;
using Xunit.Abstractions;

namespace TradeApi.Tests;

// The shape of the house, read from the compiled service rather than from `using` lines (which can lie both ways): a folder uses
// another when any of its types names one of the other's in a signature, an attribute or a method body.
public sealed class HouseTests(ITestOutputHelper output)
{
    // Folders below the resources: they serve every resource and so may name none.
    private static readonly string[] Foundations = ["Infrastructure", "Storage"];

    [Fact]
    public void Infrastructure_and_storage_name_no_resource()
    {
        var uses = House.Uses();
        var wrong = Foundations.SelectMany(f => uses.GetValueOrDefault(f, []).Where(to => !Foundations.Contains(to)).Select(to => $"{f} -> {to} ({House.Why(f, to)})")).ToList();
        Assert.True(wrong.Count == 0, "a foundation names a resource:\n" + string.Join('\n', wrong));
    }

    // Resource folders that still use each other (issue 23): each pair is a debt, listed so that no new one comes in unseen and a
    // settled one leaves the list. The aim is an empty list.
    private static readonly string[] KnownMutual = [];

    [Fact]
    public void No_two_folders_use_each_other_beyond_the_known_ones()
    {
        var uses = House.Uses();
        var mutual = uses.SelectMany(kv => kv.Value.Where(to => string.CompareOrdinal(kv.Key, to) < 0 && uses.GetValueOrDefault(to, []).Contains(kv.Key))
            .Select(to => $"{kv.Key} <-> {to}")).ToHashSet();
        var added = mutual.Except(KnownMutual).Select(m => $"{m}: {House.Why(m.Split(' ')[0], m.Split(' ')[2])} / {House.Why(m.Split(' ')[2], m.Split(' ')[0])}").ToList();
        Assert.True(added.Count == 0, "folders that use each other:\n" + string.Join('\n', added));
        var settled = KnownMutual.Except(mutual).ToList();
        Assert.True(settled.Count == 0, "settled, take off the list: " + string.Join(", ", settled));
    }

    [Fact]
    public void The_graph_sees_a_known_use()
    {
        // The reader must find uses at all, or the two checks above pass on an empty graph: every endpoints folder uses Infrastructure
        // (problems, paging), and the host's entry point uses every folder that maps routes.
        var uses = House.Uses();
        Assert.Contains("Infrastructure", uses["Pairs"]);
        Assert.Contains("Storage", uses["Documents"]);
        Assert.Contains("Volumes", uses["(Program)"]);
        output.WriteLine(House.Picture());
    }
}

public static class House
{
    private static readonly Assembly Service = typeof(TradeApi.Storage.Db).Assembly;
    private static readonly Lazy<Dictionary<(string From, string To), string>> Edges = new(Read);
    private static readonly Dictionary<short, OpCode> OneByte = new(), TwoByte = new();

    static House()
    {
        foreach (var f in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var op = (OpCode)f.GetValue(null)!;
            if (op.Size == 1) OneByte[op.Value] = op; else TwoByte[(short)(op.Value & 0xff)] = op;
        }
    }

    /// Each folder and the folders it uses (a folder is the namespace part after TradeApi.; Storage.Sqlite counts as Storage).
    public static Dictionary<string, HashSet<string>> Uses() =>
        Edges.Value.Keys.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToHashSet());

    /// One place that makes the use, for the failure message.
    public static string Why(string from, string to) => Edges.Value.GetValueOrDefault((from, to), "?");

    /// The house as text: each folder and what it uses.
    public static string Picture() =>
        string.Join('\n', Uses().OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key,-15} -> {string.Join(", ", kv.Value.Order(StringComparer.Ordinal))}"));

    public static string? Folder(Type? t)
    {
        while (t is { IsNested: true }) t = t.DeclaringType;
        if (t is null || t.Assembly != Service) return null;
        if (t.Name.StartsWith('<')) return null; // compiler-made: anonymous types, inline arrays, private details
        var ns = t.Namespace;
        if (ns is null) return t.Name == "Program" ? "(Program)" : null;
        if (!ns.StartsWith("TradeApi.", StringComparison.Ordinal)) return null;
        var rest = ns["TradeApi.".Length..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    private static Dictionary<(string, string), string> Read()
    {
        var edges = new Dictionary<(string, string), string>();
        foreach (var type in Service.GetTypes())
        {
            var from = Folder(type);
            if (from is null) continue;
            void Use(Type? used, string where)
            {
                if (used is null) return;
                if (used.IsArray || used.IsByRef || used.IsPointer) { Use(used.GetElementType(), where); return; }
                if (used.IsGenericType && !used.IsGenericTypeDefinition) foreach (var a in used.GetGenericArguments()) Use(a, where);
                var to = Folder(used);
                if (to is not null && to != from) edges.TryAdd((from, to), $"{type.FullName} {where} {used.Name}");
            }
            void Attributes(IEnumerable<CustomAttributeData> attributes, string where)
            {
                foreach (var a in attributes)
                {
                    Use(a.AttributeType, where);
                    foreach (var arg in a.ConstructorArguments.Concat(a.NamedArguments.Select(n => n.TypedValue))) if (arg.Value is Type t) Use(t, where);
                }
            }
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            Use(type.BaseType, "derives from");
            foreach (var i in type.GetInterfaces()) Use(i, "implements");
            Attributes(type.CustomAttributes, "is marked");
            foreach (var f in type.GetFields(all)) { Use(f.FieldType, $"field {f.Name}"); Attributes(f.CustomAttributes, $"field {f.Name}"); }
            foreach (var p in type.GetProperties(all)) { Use(p.PropertyType, $"property {p.Name}"); Attributes(p.CustomAttributes, $"property {p.Name}"); }
            foreach (var m in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                if (m is MethodInfo mi) Use(mi.ReturnType, $"{m.Name} returns");
                foreach (var p in m.GetParameters()) { Use(p.ParameterType, $"{m.Name} takes"); Attributes(p.CustomAttributes, $"{m.Name} takes"); }
                Attributes(m.CustomAttributes, $"{m.Name} is marked");
                foreach (var used in BodyTypes(m)) Use(used, $"{m.Name} uses");
            }
        }
        return edges;
    }

    // The types a method body names: calls, field reads, type tokens (IL operands resolved through the module).
    private static IEnumerable<Type> BodyTypes(MethodBase m)
    {
        byte[]? il;
        try { il = m.GetMethodBody()?.GetILAsByteArray(); } catch (Exception) { yield break; }
        if (il is null) yield break;
        var typeArgs = m.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = m.IsGenericMethod ? m.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            OpCode op;
            if (il[i] == 0xfe) { op = TwoByte[il[i + 1]]; i += 2; } else { op = OneByte[il[i]]; i += 1; }
            var size = op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, i),
                _ => 4,
            };
            if (op.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, i);
                MemberInfo? member = null;
                try { member = m.Module.ResolveMember(token, typeArgs, methodArgs); } catch (Exception) { }
                switch (member)
                {
                    case Type t: yield return t; break;
                    case FieldInfo f: yield return f.DeclaringType!; yield return f.FieldType; break;
                    case MethodBase b:
                        yield return b.DeclaringType!;
                        if (b is MethodInfo bi) { yield return bi.ReturnType; foreach (var g in bi.IsGenericMethod ? bi.GetGenericArguments() : []) yield return g; }
                        break;
                }
            }
            i += size;
        }
    }
}
