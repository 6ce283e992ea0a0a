using Mono.Cecil;
using Mono.Cecil.Cil;

namespace SalesSuite.Architecture.Tests.Fixtures;

/// <summary>
/// Builds, in memory, an assembly whose method reads the system clock, so the clock rule has a bad
/// fixture without such a call appearing in our own source (where a hook forbids it).
/// </summary>
internal static class ClockReadingAssembly
{
    public static ModuleDefinition Build(string clockType, string property)
    {
        var assembly = AssemblyDefinition.CreateAssembly(new AssemblyNameDefinition("BadClock", new Version(1, 0)), "BadClock", ModuleKind.Dll);
        var module = assembly.MainModule;
        var type = new TypeDefinition("BadClock", "ReadsTheClock", TypeAttributes.Public | TypeAttributes.Class, module.TypeSystem.Object);
        module.Types.Add(type);
        var method = new MethodDefinition("Stamp", MethodAttributes.Public | MethodAttributes.Static, module.TypeSystem.Void);
        type.Methods.Add(method);
        var getter = Type.GetType(clockType)!.GetProperty(property)!.GetMethod!;
        var il = method.Body.GetILProcessor();
        il.Emit(OpCodes.Call, module.ImportReference(getter));
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ret);
        return module;
    }
}
