using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

// Page models for the "pages do not save" rule: the use case owns load, change and save.
namespace SalesSuite.Architecture.Tests.Fixtures.Pages;

public sealed class PagesDbContext(DbContextOptions<PagesDbContext> options) : DbContext(options);

/// <summary>A use case with its own Save: not a DbContext, so a page may call it.</summary>
public sealed class SomeUseCase
{
    public Task SaveChangesAsync() => Task.CompletedTask;
}

/// <summary>Saves in an async handler (the call sits in the compiler-generated state machine).</summary>
public sealed class AsyncSavingPage(PagesDbContext db) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await db.SaveChangesAsync();
        return RedirectToPage();
    }
}

/// <summary>Saves synchronously inside a lambda (the call sits in a compiler-generated closure).</summary>
public sealed class LambdaSavingPage(PagesDbContext db) : PageModel
{
    public int Saved { get; private set; }

    public void OnPost()
    {
        var context = db;
        Func<int> save = () => context.SaveChanges();
        Saved = save();
    }
}

/// <summary>Only binds, calls the use case and renders.</summary>
public sealed class GoodPage(SomeUseCase useCase) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await useCase.SaveChangesAsync();
        return RedirectToPage();
    }
}
