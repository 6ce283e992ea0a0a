using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace SalesSuite.Architecture.Tests;

/// <summary>Reads compiled IL with Mono.Cecil (as NetArchTest does): what a type really references.</summary>
internal static class Il
{
    public static ModuleDefinition Read(Assembly assembly) =>
        ModuleDefinition.ReadModule(assembly.Location, new ReaderParameters { AssemblyResolver = Resolver(assembly) });

    /// <summary>Resolves base types across the app folder and the shared frameworks (BCL, ASP.NET Core).</summary>
    private static DefaultAssemblyResolver Resolver(Assembly assembly)
    {
        var resolver = new DefaultAssemblyResolver();
        var locations = new[]
        {
            assembly.Location,
            typeof(object).Assembly.Location,
            typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel).Assembly.Location,
        };
        foreach (var folder in locations.Select(location => Path.GetDirectoryName(location)!).Distinct())
        {
            resolver.AddSearchDirectory(folder);
        }
        return resolver;
    }

    /// <summary>
    /// Whether <paramref name="type"/> is, or derives from, the class named <paramref name="baseFullName"/>
    /// (open generics by their `N name).
    /// </summary>
    public static bool DerivesFrom(TypeReference? type, string baseFullName)
    {
        for (var current = type; current is not null; current = current.Resolve()?.BaseType)
        {
            if (current.GetElementType().FullName == baseFullName)
            {
                return true;
            }
        }
        return false;
    }

    public static IEnumerable<TypeDefinition> AllTypes(ModuleDefinition module) =>
        module.Types.SelectMany(Flatten);

    private static IEnumerable<TypeDefinition> Flatten(TypeDefinition type) =>
        type.NestedTypes.SelectMany(Flatten).Prepend(type);

    /// <summary>Full names of every type a type mentions: base, interfaces, members, signatures, attributes, IL operands.</summary>
    public static IEnumerable<string> ReferencedTypeNames(TypeDefinition type)
    {
        var found = new HashSet<string>();
        void Add(TypeReference? t)
        {
            switch (t)
            {
                case null:
                    return;
                case GenericInstanceType g:
                    Add(g.ElementType);
                    foreach (var a in g.GenericArguments) Add(a);
                    return;
                case TypeSpecification s:
                    Add(s.ElementType);
                    return;
                case GenericParameter:
                    return;
                default:
                    if (found.Add(t.FullName) && t.DeclaringType is { } outer) Add(outer);
                    return;
            }
        }
        void Attributes(Mono.Cecil.ICustomAttributeProvider p)
        {
            foreach (var a in p.CustomAttributes) Add(a.AttributeType);
        }
        void Method(MethodReference m)
        {
            Add(m.DeclaringType);
            Add(m.ReturnType);
            foreach (var p in m.Parameters) Add(p.ParameterType);
            if (m is GenericInstanceMethod gm) foreach (var a in gm.GenericArguments) Add(a);
        }
        foreach (var t in Flatten(type))
        {
            Add(t.BaseType);
            Attributes(t);
            foreach (var i in t.Interfaces) Add(i.InterfaceType);
            foreach (var f in t.Fields) { Add(f.FieldType); Attributes(f); }
            foreach (var p in t.Properties) { Add(p.PropertyType); Attributes(p); }
            foreach (var e in t.Events) Add(e.EventType);
            foreach (var m in t.Methods)
            {
                Method(m);
                Attributes(m);
                if (!m.HasBody) continue;
                foreach (var v in m.Body.Variables) Add(v.VariableType);
                foreach (var ins in m.Body.Instructions)
                {
                    switch (ins.Operand)
                    {
                        case TypeReference tr: Add(tr); break;
                        case MethodReference mr: Method(mr); break;
                        case FieldReference fr: Add(fr.DeclaringType); Add(fr.FieldType); break;
                    }
                }
            }
        }
        return found;
    }

    /// <summary>Methods called by <paramref name="type"/> itself or by its nested types (async state machines, lambdas, local functions).</summary>
    public static IEnumerable<MethodReference> CallsWithin(TypeDefinition type) =>
        from t in Flatten(type)
        from method in t.Methods
        where method.HasBody
        from ins in method.Body.Instructions
        where (ins.OpCode == OpCodes.Call || ins.OpCode == OpCodes.Callvirt || ins.OpCode == OpCodes.Ldftn || ins.OpCode == OpCodes.Ldvirtftn)
              && ins.Operand is MethodReference
        select (MethodReference)ins.Operand;

    /// <summary>Every call instruction in the module's methods: (calling type, called method).</summary>
    public static IEnumerable<(string Caller, MethodReference Callee)> Calls(ModuleDefinition module) =>
        from type in AllTypes(module)
        from method in type.Methods
        where method.HasBody
        from ins in method.Body.Instructions
        where (ins.OpCode == OpCodes.Call || ins.OpCode == OpCodes.Callvirt || ins.OpCode == OpCodes.Ldftn) && ins.Operand is MethodReference
        select (type.FullName, (MethodReference)ins.Operand);
}
