using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Health.Application.Archive;

/// <summary><c>dotnet run --project Host -- health rebuild</c>: rebuilds the read models and prints the numbers (exit 1 if one is running).</summary>
internal static class RebuildCommandLine
{
    public static readonly ModuleCommand Command =
        new("health", "rebuild", "Rebuild Health's read models from its event archive", RunAsync);

    private static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        try
        {
            var result = await services.GetRequiredService<ArchiveCommands>().RebuildFromCommandLineAsync(ct);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Health rebuild: {result.Events} events replayed, {result.Unreadable} unreadable, {result.Elapsed.TotalSeconds:F1} s"));
            return 0;
        }
        catch (DomainException refusal) when (refusal.Key == "Rebuild_Error_Running")
        {
            await output.WriteLineAsync("Health rebuild: another rebuild is running; try again when it has finished.");
            return 1;
        }
    }
}
