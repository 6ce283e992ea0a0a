namespace SalesSuite.SharedKernel.Modules;

/// <summary>
/// A module's command-line task, run instead of the web server: <c>dotnet run --project Host -- &lt;module&gt; &lt;name&gt;</c>
/// (e.g. <c>health rebuild</c>). The host migrates the databases as on start-up, runs <paramref name="RunAsync"/> in a
/// scope of its own with the console as output, and exits with its return code. Registered with
/// <see cref="ModuleCommands.AddModuleCommand"/>; the host knows only this record.
/// </summary>
public sealed record ModuleCommand(
    string Module, string Name, string Description, Func<IServiceProvider, TextWriter, CancellationToken, Task<int>> RunAsync);
