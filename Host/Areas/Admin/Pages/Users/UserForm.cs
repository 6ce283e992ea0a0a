using Microsoft.AspNetCore.Mvc.Rendering;

namespace SalesSuite.Host.Areas.Admin.Pages.Users;

/// <summary>What the shared user form partial needs: the input and the drop-down options.</summary>
public sealed record UserForm(UserInput Input, bool IsNew, IReadOnlyList<SelectListItem> Teams, IReadOnlyList<SelectListItem> People);
