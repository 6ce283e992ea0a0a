using Microsoft.AspNetCore.Mvc.Rendering;

namespace SalesSuite.Host.Areas.Admin.Pages.Teams;

public sealed record TeamForm(TeamInput Input, IReadOnlyList<SelectListItem> People);
