using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

// A fake module laid out like a real one (Domain, Application, Data, Areas, Web), with layers that leak.
namespace SalesSuite.Architecture.Tests.Fixtures.Layers.Domain
{
    /// <summary>Clean: only the BCL and its own layer.</summary>
    public sealed class GoodAggregate
    {
        public Guid Id { get; } = Guid.NewGuid();
        public GoodValue Value { get; } = new(1m);
    }

    public sealed record GoodValue(decimal Amount);

    /// <summary>Knows EF Core.</summary>
    [Owned]
    public sealed class EfAggregate;

    /// <summary>Reaches into the module's persistence.</summary>
    public sealed class DataAggregate
    {
        public Type Context => typeof(Data.LayersDbContext);
    }

    /// <summary>Calls a use case.</summary>
    public sealed class ApplicationAggregate
    {
        public Application.GoodCommand? Command { get; set; }
    }

    /// <summary>Knows a page.</summary>
    public sealed class PageAggregate
    {
        public Areas.Pages.LayersPage? Page { get; set; }
    }

    /// <summary>Knows a web helper of the module.</summary>
    public sealed class WebAggregate
    {
        public string Text => Web.LayersText.Hello;
    }

    /// <summary>Knows MVC (an action result).</summary>
    public sealed class MvcAggregate
    {
        public IActionResult Result() => new OkResult();
    }
}

namespace SalesSuite.Architecture.Tests.Fixtures.Layers.Application
{
    /// <summary>Clean: uses the domain and the data layer.</summary>
    public sealed class GoodCommand
    {
        public Domain.GoodAggregate? Aggregate { get; set; }
        public Data.LayersDbContext? Db { get; set; }
    }

    /// <summary>Returns a page result.</summary>
    public sealed class PageResultCommand
    {
        public PageResult Render() => new();
    }

    /// <summary>Uses a page model of the module.</summary>
    public sealed class PageCommand
    {
        public Type Page => typeof(Areas.Pages.LayersPage);
    }
}

namespace SalesSuite.Architecture.Tests.Fixtures.Layers.Background
{
    /// <summary>Clean: calls a command.</summary>
    public sealed class GoodWork
    {
        public Application.GoodCommand? Command { get; set; }
    }

    /// <summary>Queries the module's context itself.</summary>
    public sealed class DataWork
    {
        public Data.LayersDbContext? Db { get; set; }
    }

    /// <summary>Uses EF Core directly.</summary>
    public sealed class EfWork
    {
        public DbContextOptions? Options { get; set; }
    }
}

namespace SalesSuite.Architecture.Tests.Fixtures.Layers.Data
{
    public sealed class LayersDbContext(DbContextOptions<LayersDbContext> options) : DbContext(options);
}

namespace SalesSuite.Architecture.Tests.Fixtures.Layers.Areas.Pages
{
    public sealed class LayersPage : PageModel;
}

namespace SalesSuite.Architecture.Tests.Fixtures.Layers.Web
{
    public static class LayersText
    {
        public static string Hello => "hello";
    }
}
