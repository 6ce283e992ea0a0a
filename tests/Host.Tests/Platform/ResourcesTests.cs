using System.Text.Json;
using System.Text.RegularExpressions;
using SalesSuite.Host.Web;

namespace SalesSuite.Host.Tests.Platform;

/// <summary>Every project ships the same keys in both languages, and every L["Key"] in its views exists.</summary>
public sealed partial class ResourcesTests
{
    public static TheoryData<string> Assemblies()
    {
        var data = new TheoryData<string>
        {
            typeof(Program).Assembly.GetName().Name!,
            typeof(SalesSuite.SharedKernel.Modules.IModule).Assembly.GetName().Name!,
        };
        foreach (var module in HostModules.All)
        {
            data.Add(module.GetType().Assembly.GetName().Name!);
        }
        return data;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SalesSuite.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("SalesSuite.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The folder of the project whose AssemblyName is <paramref name="assembly"/>.</summary>
    private static string ProjectFolder(string assembly)
    {
        var root = RepoRoot();
        var project = Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Single(p => File.ReadAllText(p).Contains($"<AssemblyName>{assembly}</AssemblyName>", StringComparison.Ordinal));
        return Path.GetDirectoryName(project)!;
    }

    private static Dictionary<string, string> Read(string folder, string culture)
    {
        var path = Path.Combine(folder, "Resources", $"strings.{culture}.json");
        Assert.True(File.Exists(path), $"{path} is missing");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!;
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Given_a_resource_file_Then_no_key_appears_twice(string assembly)
    {
        // Two branches adding the same key merge without a conflict; the JSON reader would silently keep the last one.
        foreach (var culture in new[] { "en", "zh-CN" })
        {
            var path = Path.Combine(ProjectFolder(assembly), "Resources", $"strings.{culture}.json");
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var keys = doc.RootElement.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Empty(keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => $"{culture}: {g.Key} twice"));
        }
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Given_a_project_When_comparing_its_two_resource_files_Then_the_keys_are_identical(string assembly)
    {
        var folder = ProjectFolder(assembly);
        var en = Read(folder, "en").Keys.ToHashSet();
        var zh = Read(folder, "zh-CN").Keys.ToHashSet();

        Assert.Empty(en.Except(zh).Select(k => "only in en: " + k));
        Assert.Empty(zh.Except(en).Select(k => "only in zh-CN: " + k));
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Given_a_project_s_views_When_scanning_L_keys_Then_each_exists_in_its_resources_or_the_kernel_s(string assembly)
    {
        var folder = ProjectFolder(assembly);
        var known = Read(folder, "en").Keys
            .Concat(Read(ProjectFolder(typeof(SalesSuite.SharedKernel.Modules.IModule).Assembly.GetName().Name!), "en").Keys)
            .ToHashSet();
        var missing = Directory.EnumerateFiles(folder, "*.cshtml", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(p => KeyPattern().Matches(File.ReadAllText(p))
                .Select(m => (File: Path.GetRelativePath(folder, p), Key: m.Groups[1].Value)))
            .Where(x => !known.Contains(x.Key))
            .Select(x => $"{x.File}: {x.Key}")
            .ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Given_a_project_s_code_When_scanning_localizer_keys_Then_each_exists_in_its_resources_or_the_kernel_s(string assembly)
    {
        var folder = ProjectFolder(assembly);
        var known = Read(folder, "en").Keys
            .Concat(Read(ProjectFolder(typeof(SalesSuite.SharedKernel.Modules.IModule).Assembly.GetName().Name!), "en").Keys)
            .ToHashSet();
        var missing = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !p.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}"))
            .SelectMany(p => CodeKeyPattern().Matches(File.ReadAllText(p))
                .Select(m => (File: Path.GetRelativePath(folder, p), Key: m.Groups[1].Value)))
            .Where(x => !known.Contains(x.Key))
            .Select(x => $"{x.File}: {x.Key}")
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Given_the_code_key_pattern_Then_it_finds_localizer_fields_and_parameters_but_not_other_indexers()
    {
        var keys = CodeKeyPattern().Matches("_l[\"A_b\"] l[\"C_d\", i] L[\"E_f\"] html[\"no\"] x.l[\"no\"] _l[key]").Select(m => m.Groups[1].Value);

        Assert.Equal(["A_b", "C_d", "E_f"], keys);
    }

    [Fact]
    public void Given_the_key_pattern_Then_it_finds_plain_and_formatted_lookups()
    {
        var keys = KeyPattern().Matches("@L[\"A_b\"] @L[\"C_d\", Model.X] @Model.L[\"no\"] ml[item.LabelKey]").Select(m => m.Groups[1].Value);

        Assert.Equal(["A_b", "C_d"], keys);
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Given_a_project_s_validators_When_scanning_message_keys_Then_each_exists_in_both_languages(string assembly)
    {
        var folder = ProjectFolder(assembly);
        var kernel = ProjectFolder(typeof(SalesSuite.SharedKernel.Modules.IModule).Assembly.GetName().Name!);
        var known = Read(folder, "en").Keys.Intersect(Read(folder, "zh-CN").Keys)
            .Concat(Read(kernel, "en").Keys.Intersect(Read(kernel, "zh-CN").Keys)).ToHashSet();
        var missing = Directory.EnumerateFiles(folder, "*Validator.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => ValidatorKeyPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => !known.Contains(k))
            .Distinct()
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Given_the_validator_key_pattern_Then_it_finds_WithMessage_keys()
    {
        Assert.Equal(
            ["Deal_TitleRequired"],
            ValidatorKeyPattern().Matches("""RuleFor(x => x.Title).NotEmpty().WithMessage("Deal_TitleRequired");""")
                .Select(m => m.Groups[1].Value));
    }

    [GeneratedRegex(@"(?:WithMessage\(|ValidationFailure\([^,]+, )""([A-Za-z0-9_]+)""")]
    private static partial Regex ValidatorKeyPattern();

    [GeneratedRegex("""(?<![\w.])L\["([^"]+)"\s*[,\]]""")]
    private static partial Regex KeyPattern();

    /// <summary>In C#, the localizer is a field (_l), a parameter (l) or a page property (L).</summary>
    [GeneratedRegex("""(?<![\w.])(?:_l|l|L)\["([^"]+)"\s*[,\]]""")]
    private static partial Regex CodeKeyPattern();
}
