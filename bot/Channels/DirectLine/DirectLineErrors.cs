namespace TipBot.Bot.DirectLine;

/// <summary>Direct Line's error shape, {"error":{"code","message"}}, for every 4xx/5xx the endpoint gives.</summary>
internal static class DirectLineErrors
{
    public static IResult Create(int status, string code, string message) =>
        Results.Json(new ErrorBody(new ErrorDetail(code, message)), statusCode: status);

    public static IResult BadArgument(string message) => Create(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult MissingToken() =>
        Create(StatusCodes.Status401Unauthorized, "Unauthorized", "Send the Direct Line token as 'Authorization: Bearer <token>'.");

    public static IResult Forbidden(DirectLineCredentialStatus status) => Create(
        StatusCodes.Status403Forbidden,
        status == DirectLineCredentialStatus.Expired ? "TokenExpired" : "Forbidden",
        status == DirectLineCredentialStatus.Expired
            ? "The token has expired; get a new one from /v3/directline/tokens/generate."
            : "The token is not valid for this conversation.");

    public static IResult ConversationNotFound() =>
        Create(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found (it may have expired); start a new one.");

    public static IResult TooLarge(int limit) =>
        Create(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The request body is larger than {limit} bytes.");

    private sealed record ErrorBody(ErrorDetail Error);

    private sealed record ErrorDetail(string Code, string Message);
}
