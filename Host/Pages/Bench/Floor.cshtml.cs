using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SalesSuite.Host.Pages.Bench;

/// <summary>
/// The benchmark's floor (bench/run.sh): a signed-in page with the full layout and no database access, the least any
/// staff page costs. Exists only when <c>Bench:FloorPage</c> is true (the benchmark host); 404 otherwise.
/// </summary>
public sealed class FloorModel(IConfiguration configuration) : PageModel
{
    public const string Setting = "Bench:FloorPage";

    public IActionResult OnGet() => configuration.GetValue<bool>(Setting) ? Page() : NotFound();
}
