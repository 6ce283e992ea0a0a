using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Persistence;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Platform;

/// <summary>
/// Every context's compiled model (Data/CompiledModels, used on SQLite) is what <c>tools/optimize-models.sh</c> generates
/// from the model the code builds now: an entity, configuration or convention change without regenerating fails here,
/// so a stale model cannot ship. The host uses them: each SQLite context's model is its compiled one.
/// </summary>
public sealed partial class CompiledModelsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Folder = "Data/CompiledModels";

    [Fact]
    public void Given_every_module_context_When_its_compiled_model_is_generated_again_Then_the_files_are_the_committed_ones()
    {
        var stale = new List<string>();
        foreach (var type in Contexts())
        {
            stale.AddRange(Differences(type, Path.Combine(ProjectFolder(type), Folder)));
        }

        Assert.True(stale.Count == 0, string.Join(Environment.NewLine, stale));
    }

    [Fact]
    public void Given_another_context_s_folder_When_compared_Then_the_differences_are_reported()
    {
        // The comparison can fail: the platform's model against the Leads module's files.
        var contexts = Contexts();
        var host = contexts.Single(t => t.Name == "HostDbContext");
        var leads = contexts.Single(t => t.Name == "LeadsDbContext");

        var differences = Differences(host, Path.Combine(ProjectFolder(leads), Folder));

        Assert.Contains(differences, d => d.Contains("HostDbContextModel.cs", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.Contains("LeadsDbContextModel.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_host_on_SQLite_Then_every_context_uses_its_compiled_model()
    {
        using var scope = factory.Services.CreateScope();
        foreach (var type in Contexts())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            Assert.Equal($"{type.Namespace}.CompiledModels.{type.Name}Model", db.Model.GetType().FullName);
        }
    }

    private IReadOnlyList<Type> Contexts() => factory.Services.GetRequiredService<ModuleDatabaseRegistry>().Contexts;

    /// <summary>Generates the context's compiled model as dotnet-ef does and lists the files that differ from <paramref name="folder"/>.</summary>
    private static List<string> Differences(Type contextType, string folder)
    {
        using var db = PendingMigrationsTests.Create(contextType, nameof(DatabaseProvider.Sqlite));
        var output = Directory.CreateTempSubdirectory("compiled-model-");
        try
        {
            var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices();
#pragma warning disable EF1001 // The SQLite provider's design-time services, as dotnet-ef loads them.
            new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
#pragma warning restore EF1001
            services.AddDbContextDesignTimeServices(db);
            using var provider = services.BuildServiceProvider();
            var options = new CompiledModelCodeGenerationOptions
            {
                ContextType = contextType,
                ModelNamespace = $"{contextType.Namespace}.CompiledModels",
                Language = "C#",
                UseNullableReferenceTypes = true,
            };
            provider.GetRequiredService<ICompiledModelScaffolder>()
                .ScaffoldModel(db.GetService<IDesignTimeModel>().Model, output.FullName, options);
            // tools/optimize-models.sh deletes the assembly attribute (it would make EF use the model on SQL Server too).
            File.Delete(Path.Combine(output.FullName, $"{contextType.Name}AssemblyAttributes.cs"));
            return Compare(output.FullName, folder);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static List<string> Compare(string generated, string committed)
    {
        // Every generation draws a new model id (a Guid EF only uses to tell models apart): it is not a difference.
        static string Normalise(string code) => ModelId().Replace(code.Replace("\r\n", "\n"), "modelId: new Guid()");
        static Dictionary<string, string[]> Read(string folder) => Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.cs").ToDictionary(f => Path.GetFileName(f), f => Normalise(File.ReadAllText(f)).Split('\n'))
            : [];
        var expected = Read(generated);
        var actual = Read(committed);
        var differences = expected.Keys.Except(actual.Keys).Select(f => $"{committed}/{f}: missing")
            .Concat(actual.Keys.Except(expected.Keys).Select(f => $"{committed}/{f}: not generated any more"))
            .Concat(expected.Keys.Intersect(actual.Keys).Select(f => FirstDifference($"{committed}/{f}", expected[f], actual[f])).OfType<string>())
            .ToList();
        if (differences.Count > 0)
        {
            differences.Add("Run tools/optimize-models.sh to regenerate the compiled models.");
        }
        return differences;
    }

    private static string? FirstDifference(string file, string[] expected, string[] actual)
    {
        for (var i = 0; i < Math.Max(expected.Length, actual.Length); i++)
        {
            var want = i < expected.Length ? expected[i] : "(end)";
            var have = i < actual.Length ? actual[i] : "(end)";
            if (want != have)
            {
                return $"{file}:{i + 1}: generated `{want.Trim()}`, committed `{have.Trim()}`";
            }
        }
        return null;
    }

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]+"\)""")]
    private static partial Regex ModelId();

    /// <summary>The folder of the project that holds the context (e.g. Modules/Leads).</summary>
    private static string ProjectFolder(Type contextType)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SalesSuite.sln")))
        {
            dir = dir.Parent;
        }
        var root = dir?.FullName ?? throw new InvalidOperationException("SalesSuite.sln not found above " + AppContext.BaseDirectory);
        var assembly = contextType.Assembly.GetName().Name;
        var project = Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Single(p => File.ReadAllText(p).Contains($"<AssemblyName>{assembly}</AssemblyName>", StringComparison.Ordinal));
        return Path.GetDirectoryName(project)!;
    }
}
