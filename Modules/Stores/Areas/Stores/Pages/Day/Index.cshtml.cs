using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SalesSuite.Stores.Areas.Stores.Pages.Day;

/// <summary>The store manager's tablet day page (placeholder until the day page lands).</summary>
public sealed class IndexModel : PageModel
{
    internal IndexModel()
    {
    }

    public void OnGet()
    {
    }
}
