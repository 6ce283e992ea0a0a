using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesSuite.Stores.Application;

namespace SalesSuite.Stores.Areas.Stores.Pages;

/// <summary>Stores' landing: a store manager goes straight to the tablet day page; everyone else sees the module's pages.</summary>
public sealed class IndexModel : PageModel
{
    private readonly StoresAccess _access;

    internal IndexModel(StoresAccess access) => _access = access;

    public bool IsHeadquarters => _access.IsHeadquarters;
    public bool CanConfigure => _access.CanConfigure;
    public bool IsSupervisor => _access.IsSupervisor;
    public bool IsStoreManager => _access.IsStoreManager;

    public IActionResult OnGet() =>
        _access.IsStoreManager && !_access.IsHeadquarters && !_access.IsSupervisor ? RedirectToPage("/Day/Index") : Page();
}
