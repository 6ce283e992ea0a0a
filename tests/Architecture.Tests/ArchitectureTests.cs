using System.Reflection;
using NetArchTest.Rules;
using SalesSuite.Architecture.Tests.Fixtures;

namespace SalesSuite.Architecture.Tests;

public sealed class ArchitectureTests
{
    public static TheoryData<string> Modules => Solution.ModuleNames();

    private static readonly Assembly Self = typeof(ArchitectureTests).Assembly;

    private static PredicateList Fixture(string folder) =>
        Types.InAssembly(Self).That().ResideInNamespace($"SalesSuite.Architecture.Tests.Fixtures.{folder}");

    private static IEnumerable<Mono.Cecil.TypeDefinition> FixtureTypes(string folder) =>
        Il.AllTypes(Il.Read(Self)).Where(t => t.Namespace == $"SalesSuite.Architecture.Tests.Fixtures.{folder}");

    // --- a module depends on no other module except its .Contracts

    [Theory]
    [MemberData(nameof(Modules))]
    public void Given_a_module_Then_it_uses_no_other_module_except_its_contracts(string module)
    {
        var types = Il.AllTypes(Il.Read(Solution.ModuleAssembly(module))).ToList();

        var offenders = Solution.Modules.Where(m => m.Name != module)
            .SelectMany(other => Rules.UsesModuleInternals(types, Solution.Namespace(other.Name)).Select(t => $"{t} -> {other.Name}"));

        Assert.Empty(offenders);
    }

    [Fact]
    public void Given_a_bad_fixture_When_checking_module_dependencies_Then_the_rule_reports_it()
    {
        var offenders = Rules.UsesModuleInternals(FixtureTypes("Dependencies"), Solution.Namespace("Leads"));

        Assert.Contains(typeof(Fixtures.Dependencies.UsesAnotherModule).FullName, offenders);
        Assert.DoesNotContain(typeof(Fixtures.Dependencies.UsesAContract).FullName, offenders);
    }

    // --- SharedKernel depends on no module

    [Theory]
    [MemberData(nameof(Modules))]
    public void Given_the_shared_kernel_Then_it_does_not_depend_on_the_module(string module)
    {
        var offenders = Rules.DependOnAny(Types.InAssembly(Solution.Kernel).That().ResideInNamespace("SalesSuite"),
            Solution.Namespace(module), "SalesSuite.Host");

        Assert.Empty(offenders);
    }

    [Fact]
    public void Given_a_bad_fixture_When_checking_kernel_dependencies_Then_the_rule_reports_it()
    {
        var offenders = Rules.DependOnAny(Fixture("Dependencies"), Solution.Namespace("Leads"));

        Assert.Contains(typeof(Fixtures.Dependencies.UsesAnotherModule).FullName, offenders);
    }

    // --- Contracts depend only on SharedKernel, NodaTime and the BCL

    [Theory]
    [MemberData(nameof(Modules))]
    public void Given_a_module_s_contracts_Then_they_depend_only_on_the_kernel_NodaTime_and_the_BCL(string module)
    {
        var assembly = Solution.ContractsAssembly(module);

        var offenders = Rules.ContractsDependOnMoreThanAllowed(Types.InAssembly(assembly).That().ResideInNamespace("SalesSuite"),
            assembly.GetName().Name!);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Given_a_bad_fixture_When_checking_contract_dependencies_Then_the_rule_reports_it()
    {
        var offenders = Rules.ContractsDependOnMoreThanAllowed(Fixture("Contracts"), "SalesSuite.Architecture.Tests.Fixtures.Contracts");

        Assert.Contains(typeof(Fixtures.Contracts.LeakyContract).FullName, offenders);
        Assert.DoesNotContain(typeof(Fixtures.Contracts.GoodContract).FullName, offenders);
    }

    // --- the host references module assemblies only through their XxxModule types

    private static string[] EntryTypes => Solution.Modules.Select(m => m.GetType().FullName!).ToArray();

    [Theory]
    [MemberData(nameof(Modules))]
    public void Given_the_host_Then_it_references_the_module_only_through_its_module_type(string module)
    {
        var offenders = Rules.ReferencesBeyondEntryTypes(Il.Read(Solution.Host),
            [Solution.ModuleAssembly(module).GetName().Name!], EntryTypes);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Given_a_bad_fixture_When_checking_host_references_Then_the_rule_reports_the_page_type_but_not_the_module_type()
    {
        var offenders = Rules.ReferencesBeyondEntryTypes(Il.Read(Self), [Solution.ModuleAssembly("Leads").GetName().Name!], EntryTypes);

        Assert.Contains(typeof(SalesSuite.Leads.Areas.Leads.Pages.IndexModel).FullName, offenders);
        Assert.DoesNotContain(typeof(SalesSuite.Leads.LeadsModule).FullName, offenders);
    }

    // --- module types are internal except the module type, page models, Razor pages (and the Contracts assembly)

    [Theory]
    [MemberData(nameof(Modules))]
    public void Given_a_module_Then_its_types_are_internal_except_entry_and_pages(string module)
    {
        Assert.Empty(Rules.NeedlesslyPublic(Solution.ModuleAssembly(module).GetTypes()));
    }

    [Fact]
    public void Given_a_bad_fixture_When_checking_visibility_Then_the_public_service_is_reported()
    {
        var types = Self.GetTypes().Where(t => t.Namespace == "SalesSuite.Architecture.Tests.Fixtures.Visibility");

        Assert.Equal([typeof(Fixtures.Visibility.LeakyService).FullName!], Rules.NeedlesslyPublic(types));
    }

    // --- no production code reads the system clock

    public static TheoryData<string> ProductionAssemblies()
    {
        var data = new TheoryData<string>();
        foreach (var assembly in Solution.Production())
        {
            data.Add(assembly.GetName().Name!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ProductionAssemblies))]
    public void Given_a_production_assembly_Then_it_never_reads_DateTime_or_DateTimeOffset_Now(string assembly)
    {
        var module = Il.Read(Solution.Production().Single(a => a.GetName().Name == assembly));

        Assert.Empty(Rules.ReadSystemClock(module));
    }

    [Theory]
    [InlineData("System.DateTime", "Now")]
    [InlineData("System.DateTime", "UtcNow")]
    [InlineData("System.DateTimeOffset", "Now")]
    [InlineData("System.DateTimeOffset", "UtcNow")]
    public void Given_a_bad_fixture_When_checking_clock_reads_Then_the_rule_reports_it(string clockType, string property)
    {
        var offenders = Rules.ReadSystemClock(ClockReadingAssembly.Build(clockType, property));

        Assert.Equal($"BadClock.ReadsTheClock calls {clockType[7..]}.get_{property}", Assert.Single(offenders));
    }

    // --- every integration event is a sealed record

    [Theory]
    [MemberData(nameof(ProductionAssemblies))]
    public void Given_a_production_assembly_Then_every_integration_event_is_a_sealed_record(string assembly)
    {
        var types = Solution.Production().Single(a => a.GetName().Name == assembly).GetTypes();

        Assert.Empty(Rules.EventsThatAreNotSealedRecords(types));
    }

    [Fact]
    public void Given_a_bad_fixture_When_checking_events_Then_open_records_and_classes_are_reported()
    {
        var types = Self.GetTypes().Where(t => t.Namespace == "SalesSuite.Architecture.Tests.Fixtures.Events");

        var offenders = Rules.EventsThatAreNotSealedRecords(types);

        Assert.Equal(
            new[] { typeof(Fixtures.Events.ClassEvent).FullName!, typeof(Fixtures.Events.OpenRecordEvent).FullName! }.Order(),
            offenders.Order());
    }

    // --- layers inside a module: the domain knows no outer layer, use cases know no pages

    private const string LayersFixture = "SalesSuite.Architecture.Tests.Fixtures.Layers";

    private static IEnumerable<Mono.Cecil.TypeDefinition> ModuleTypes(string module) => Il.Read(Solution.ModuleAssembly(module)).Types;

    [Theory]
    [MemberData(nameof(Modules))]
    public void Given_a_module_s_domain_Then_it_uses_no_EF_Core_data_application_pages_web_or_MVC(string module)
    {
        Assert.Empty(Rules.DomainUsesOuterLayers(ModuleTypes(module), Solution.Namespace(module)));
    }

    [Fact]
    public void Given_a_bad_fixture_When_checking_the_domain_layer_Then_each_leak_is_reported()
    {
        var offenders = Rules.DomainUsesOuterLayers(Il.Read(Self).Types, LayersFixture);

        Assert.Equal(
            new[]
            {
                typeof(Fixtures.Layers.Domain.EfAggregate), typeof(Fixtures.Layers.Domain.DataAggregate),
                typeof(Fixtures.Layers.Domain.ApplicationAggregate), typeof(Fixtures.Layers.Domain.PageAggregate),
                typeof(Fixtures.Layers.Domain.WebAggregate), typeof(Fixtures.Layers.Domain.MvcAggregate),
            }.Select(t => t.FullName!).Order(),
            offenders.Order());
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Given_a_module_s_use_cases_Then_they_use_no_pages(string module)
    {
        Assert.Empty(Rules.ApplicationUsesPages(ModuleTypes(module), Solution.Namespace(module)));
    }

    [Fact]
    public void Given_a_bad_fixture_When_checking_the_application_layer_Then_page_users_are_reported()
    {
        var offenders = Rules.ApplicationUsesPages(Il.Read(Self).Types, LayersFixture);

        Assert.Equal(
            new[]
            {
                typeof(Fixtures.Layers.Application.PageCommand).FullName!,
                typeof(Fixtures.Layers.Application.PageResultCommand).FullName!,
            }.Order(),
            offenders.Order());
    }

    // --- background work calls commands; it never touches the database itself

    [Theory]
    [MemberData(nameof(Modules))]
    public void Given_a_module_s_background_work_Then_it_uses_no_DbContext_only_commands(string module)
    {
        Assert.Empty(Rules.BackgroundUsesData(ModuleTypes(module), Solution.Namespace(module)));
    }

    [Fact]
    public void Given_a_bad_fixture_When_checking_background_work_Then_database_users_are_reported()
    {
        var offenders = Rules.BackgroundUsesData(Il.Read(Self).Types, LayersFixture);

        Assert.Equal(
            new[] { typeof(Fixtures.Layers.Background.DataWork).FullName!, typeof(Fixtures.Layers.Background.EfWork).FullName! }.Order(),
            offenders.Order());
    }

    // --- every integration event handler is idempotent (derives from the inbox base)

    [Theory]
    [MemberData(nameof(Modules))]
    public void Given_a_module_s_integration_event_handlers_Then_each_derives_from_IdempotentHandler(string module)
    {
        Assert.Empty(Rules.HandlersThatAreNotIdempotent(Solution.ModuleAssembly(module).GetTypes()));
    }

    [Fact]
    public void Given_a_bad_fixture_When_checking_handlers_Then_the_handler_without_an_inbox_is_reported()
    {
        var types = Self.GetTypes().Where(t => t.Namespace == "SalesSuite.Architecture.Tests.Fixtures.Handlers");

        Assert.Equal([typeof(Fixtures.Handlers.NaiveHandler).FullName!], Rules.HandlersThatAreNotIdempotent(types));
    }

    // --- page models bind, call and render: they never save a DbContext themselves

    public static TheoryData<string> PageAssemblies()
    {
        var data = new TheoryData<string> { Solution.Host.GetName().Name! };
        foreach (var module in Solution.Modules)
        {
            data.Add(Solution.ModuleAssembly(module.Name).GetName().Name!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PageAssemblies))]
    public void Given_an_assembly_s_page_models_Then_none_calls_SaveChanges_on_a_DbContext(string assembly)
    {
        var pages = Solution.Production().Single(a => a.GetName().Name == assembly);

        var offenders = Rules.PageModelsThatSave(Il.Read(pages).Types);

        // Full names, one per line: xunit cuts long strings short in an Assert.Empty message.
        Assert.True(offenders.Count == 0, "Page models that save (move the save into a use case):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Given_a_bad_fixture_When_checking_page_models_Then_pages_saving_in_async_handlers_and_lambdas_are_reported()
    {
        var types = Il.Read(Self).Types.Where(t => t.Namespace == "SalesSuite.Architecture.Tests.Fixtures.Pages");

        Assert.Equal(
            new[] { typeof(Fixtures.Pages.AsyncSavingPage).FullName!, typeof(Fixtures.Pages.LambdaSavingPage).FullName! }.Order(),
            Rules.PageModelsThatSave(types).Order());
    }
}
