using Microsoft.Extensions.DependencyInjection;

namespace SalesSuite.SharedKernel.Modules;

/// <summary>Registering, finding and running <see cref="ModuleCommand"/>s.</summary>
public static class ModuleCommands
{
    public static IServiceCollection AddModuleCommand(this IServiceCollection services, ModuleCommand command) =>
        services.AddSingleton(command);

    /// <summary>
    /// The command named by the first two arguments that are not options (<c>--urls ...</c> and <c>key=value</c> settings are
    /// the host's), or null when the arguments name none: then the host serves the web app as usual.
    /// </summary>
    public static ModuleCommand? Find(IEnumerable<ModuleCommand> commands, IReadOnlyList<string> args)
    {
        var words = new List<string>();
        for (var i = 0; i < args.Count && words.Count < 2; i++)
        {
            if (args[i].StartsWith('-') || args[i].StartsWith('/'))
            {
                i += args[i].Contains('=', StringComparison.Ordinal) ? 0 : 1; // skip the option's value
                continue;
            }
            if (!args[i].Contains('=', StringComparison.Ordinal))
            {
                words.Add(args[i]);
            }
        }
        return words.Count == 2
            ? commands.FirstOrDefault(c => string.Equals(c.Module, words[0], StringComparison.OrdinalIgnoreCase)
                && string.Equals(c.Name, words[1], StringComparison.OrdinalIgnoreCase))
            : null;
    }

    public static async Task<int> RunAsync(IServiceProvider services, ModuleCommand command, TextWriter output, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        return await command.RunAsync(scope.ServiceProvider, output, ct);
    }
}
