/** The words for a failure of the tool itself, as opposed to a mistake in the user's files. */
export function bugReport(when: string, stack: string | undefined, debug: boolean): string {
  const lines = [
    `${when}本工具出现了内部错误。这是工具的缺陷，不是您的数据有误。`,
    '请把使用的命令、出错的文件和下面的输出发给本工具的维护者（在项目的问题列表中报告）。',
  ];
  if (debug && stack) lines.push(stack);
  else lines.push('加上 --debug 或设置环境变量 SUMMARY_DEBUG=1 再运行，可看到详细的出错位置。');
  return `${lines.join('\n')}\n`;
}
