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

    [Fact]
    public void The_folders_form_layers_with_no_cycle()
    {
        // Stronger than "no two folders use each other": no ring of any length (A uses B uses C uses A), so the folders stack in
        // layers and each can be read knowing only the ones below it.
        var uses = House.Uses();
        var cycles = House.Cycles(uses).Select(c => string.Join(" -> ", c.Append(c[0])) + ": " + string.Join("; ", c.Select((f, i) => House.Why(f, c[(i + 1) % c.Count])))).ToList();
        Assert.True(cycles.Count == 0, "folders in a cycle:\n" + string.Join('\n', cycles));
    }

    [Fact]
    public void A_cycle_is_seen()
    {
        var uses = new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"], ["D"] = ["A"] };
        Assert.Equal(["A", "B", "C"], Assert.Single(House.Cycles(uses)).Order(StringComparer.Ordinal));
        Assert.Empty(House.Cycles(new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = ["C"], ["D"] = ["A", "C"] }));
    }

    [Fact]
    public void Every_room_is_small_and_the_composition_root_short()
    {
        // A file a newcomer can read at once: none over 300 lines in the service, Program.cs a composition root (issue 23's bars).
        var src = Path.Combine(TradeApiFactory.RepoRoot(), "src", "TradeApi");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")).ToList();
        Assert.True(files.Count > 50, $"only {files.Count} source files found under {src}");
        var big = files.Select(f => (File: Path.GetRelativePath(src, f), Lines: File.ReadLines(f).Count())).Where(f => f.Lines > 300).ToList();
        Assert.True(big.Count == 0, "files over 300 lines: " + string.Join(", ", big.Select(b => $"{b.File} ({b.Lines})")));
        Assert.InRange(File.ReadLines(Path.Combine(src, "Program.cs")).Count(), 1, 80);
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

    /// The house as text, in layers from the ground up (a folder uses only folders in layers below it), each folder with what it uses.
    public static string Picture()
    {
        var uses = Uses();
        var folders = uses.Keys.Concat(uses.Values.SelectMany(v => v)).ToHashSet();
        var layer = new Dictionary<string, int>();
        int Layer(string f, int depth) => layer.TryGetValue(f, out var l) ? l
            : depth > folders.Count ? -1 : layer[f] = uses.GetValueOrDefault(f, []).Select(u => Layer(u, depth + 1) + 1).DefaultIfEmpty(0).Max();
        foreach (var f in folders) Layer(f, 0);
        return string.Join('\n', folders.OrderBy(f => layer[f]).ThenBy(f => f, StringComparer.Ordinal)
            .Select(f => $"{layer[f],2}  {f,-15} -> {string.Join(", ", uses.GetValueOrDefault(f, []).Order(StringComparer.Ordinal))}"));
    }

    /// The strongly connected groups of more than one folder (Tarjan): each is a cycle of uses.
    public static List<List<string>> Cycles(Dictionary<string, HashSet<string>> uses)
    {
        var (index, low, stack, on, found) = (new Dictionary<string, int>(), new Dictionary<string, int>(), new Stack<string>(), new HashSet<string>(), new List<List<string>>());
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            on.Add(v);
            foreach (var w in uses.GetValueOrDefault(v, []))
            {
                if (!index.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (on.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var group = new List<string>();
            string x;
            do { x = stack.Pop(); on.Remove(x); group.Add(x); } while (x != v);
            if (group.Count > 1) found.Add(group);
        }
        foreach (var v in uses.Keys.ToList()) if (!index.ContainsKey(v)) Visit(v);
        return found;
    }

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
