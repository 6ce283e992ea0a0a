using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;
using SalesSuite.Stores.Application.Config;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Areas.Stores.Pages.Config.Feedback;

/// <summary>
/// One feedback category: name, order, active, weekly threshold override, the person named responsible, the response
/// playbook (应对话术包) and the options (two empty rows add options). A refused form is shown again as it was posted.
/// </summary>
public sealed class EditModel : PageModel
{
    public const int EmptyRows = 2;

    private readonly FeedbackTreeQueries _queries;
    private readonly FeedbackTreeCommands _commands;
    private readonly IValidator<FeedbackCategoryInput> _validator;
    private readonly RecordAccess _records;
    private readonly IStringLocalizer<StoresModule> _l;

    internal EditModel(
        FeedbackTreeQueries queries, FeedbackTreeCommands commands, IValidator<FeedbackCategoryInput> validator, RecordAccess records,
        IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        _records = records;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public FeedbackCategoryInput Input { get; set; } = new();

    internal FeedbackCategory Category { get; private set; } = null!;
    internal IReadOnlySet<string> Used { get; private set; } = new HashSet<string>();
    internal IReadOnlyDictionary<Guid, string> Users { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var c = Category;
        Input = new FeedbackCategoryInput
        {
            Version = c.Version, Name = c.Name, SortOrder = c.SortOrder, Active = c.Active, ClusterThreshold = c.ClusterThreshold,
            ResponsibleUserId = c.ResponsibleUserId, PlaybookTitle = c.PlaybookTitle, PlaybookText = c.PlaybookText, PlaybookLink = c.PlaybookLink,
            Options = c.Options
                .Select((o, i) => new FeedbackOptionInput { Code = o.Code, Name = o.Name, Order = i + 1, Active = o.Active, Saved = true })
                .ToList(),
        };
        for (var i = 0; i < EmptyRows; i++)
        {
            Input.Options.Add(new FeedbackOptionInput { Order = c.Options.Count + i + 1 });
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var status = StatusCodes.Status422UnprocessableEntity;
        if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
        {
            try
            {
                await _commands.SaveCategoryAsync(Id, Input, ct);
                return this.Done(_l["Config_CategorySaved", Input.Name?.Trim() ?? string.Empty], routeValues: new { id = Id });
            }
            catch (KeyNotFoundException)
            {
                return NotFound();
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(FieldOf(refusal), _l.Text(refusal));
                status = refusal.StatusCode;
            }
        }
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    /// <summary>Whether the row holds a saved option (its code is fixed), by the stored category rather than the post.</summary>
    internal bool IsSaved(FeedbackOptionInput row) =>
        Category.Options.Any(o => string.Equals(o.Code, row.Code?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string FieldOf(DomainException refusal) => refusal.Key switch
    {
        "Config_Error_Responsible" => "Input.ResponsibleUserId",
        "Feedback_Error_Name" => "Input.Name",
        "Feedback_Error_Threshold" => "Input.ClusterThreshold",
        "Config_Error_OptionInUse" or "Feedback_Error_DuplicateOption" or "Feedback_Error_NoOptions" or "Feedback_Error_Code" => "Input.Options",
        _ => string.Empty,
    };

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await _queries.CategoryAsync(Id, ct) is not { } category)
        {
            return false;
        }
        Category = category;
        Used = await _queries.UsedOptionsAsync(category.Code, ct);
        Users = await _records.NamesAsync(ct);
        return true;
    }
}
